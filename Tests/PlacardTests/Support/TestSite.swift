import Foundation

@testable import Placard

/// A small site written into a new temporary folder from an inline listing:
///
///     -- content/site.yml --
///     title: T
///     -- content/posts/a/index.md --
///     ---
///     …
///
/// The repository's `templates/` are copied in unless `templates: false`. The folder is removed when the value goes
/// away.
final class TestSite: Sendable {
    let root: String

    init(_ listing: String, templates: Bool = true) throws {
        root =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("placard-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        if templates {
            try FileManager.default.copyItem(atPath: Self.repository + "/templates", toPath: root + "/templates")
        }
        for (path, text) in Self.parse(listing) { try write(text, to: path) }
    }

    deinit { removeAll() }

    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .path

    /// The sections of a listing, in order.
    static func parse(_ listing: String) -> [(String, String)] {
        var sections: [(String, String)] = []
        for line in listing.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                sections.append((String(line.dropFirst(3).dropLast(3)), ""))
            } else if !sections.isEmpty {
                sections[sections.count - 1].1 += line + "\n"
            }
        }
        return sections
    }

    func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root + "/" + path) }

    /// Removes the site's folder and everything in it.
    func removeAll() { try? FileManager.default.removeItem(atPath: root) }

    /// Creates a symbolic link at `path` (relative to the site folder) that leads to `destination` as written.
    func link(_ path: String, to destination: String) throws {
        try FileManager.default.createDirectory(
            atPath: (root + "/" + path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: destination)
    }

    /// Loads the site's content.
    func load(drafts: Bool = false) throws(BuildFailure) -> (Site, [Diagnostic]) {
        try SiteLoader(root: root, includeDrafts: drafts).load()
    }

    /// The printed diagnostics of a load that must fail.
    func loadErrors() -> String {
        do {
            _ = try load()
            return ""
        } catch {
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    /// Builds into `public/`.
    @discardableResult
    func build(drafts: Bool = false) async throws(BuildFailure) -> BuildSummary {
        try await SiteBuilder(BuildOptions(source: root, includeDrafts: drafts)).build()
    }
}

/// The smallest valid `site.yml`.
let minimalConfig = """
    -- content/site.yml --
    title: Test site
    base_url: https://example.org/
    """
