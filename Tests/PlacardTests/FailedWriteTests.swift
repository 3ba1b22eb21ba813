import Foundation
import Testing

@testable import Placard

/// A write that fails midway (disk full, permission denied on one file) is reported with its path, leaves
/// `public/` as it was when it happens before the commit, and the next good build leaves `public/` exactly as a
/// clean build would.
@Suite struct FailedWriteTests {
    static func site() throws -> TestSite {
        try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24", body: "First.")
                + post("b", title: "B", date: "2018-06-01", body: "Second."))
    }

    /// The disk, except that writing or moving onto a path ending in `failing` throws "no space left on device".
    static func disk(failingWrite failing: String? = nil, failingMove: String? = nil) -> FileSystem {
        var fileSystem = FileSystem.disk
        let write = fileSystem.write
        let move = fileSystem.move
        let full = NSError(
            domain: NSCocoaErrorDomain, code: CocoaError.fileWriteOutOfSpace.rawValue,
            userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        let create = fileSystem.create
        fileSystem.write = { data, path in
            if let failing, path.hasSuffix(failing) { throw full }
            try write(data, path)
        }
        fileSystem.create = { data, path in
            if let failing, path.hasSuffix(failing) { throw full }
            try create(data, path)
        }
        fileSystem.move = { from, to in
            if let failingMove, to.hasSuffix(failingMove) { throw full }
            try move(from, to)
        }
        return fileSystem
    }

    @Test func aFailedWriteNamesTheFileAndLeavesPublicAsItWas() async throws {
        let site = try Self.site()
        try await site.build()
        let before = try folderContents(site.root + "/public")
        try site.write(
            post("b", title: "B, edited", date: "2018-06-01", body: "Edited.").droppingListingHeader,
            to: "content/posts/b/index.md")
        let builder = SiteBuilder(
            BuildOptions(source: site.root), fileSystem: Self.disk(failingWrite: "posts/b/index.html"))
        let error = try await #require(throws: BuildFailure.self) { try await builder.build() }
        #expect(error.description.contains("posts/b/index.html"))
        #expect(error.description.contains("no space left on device"))
        #expect(try folderContents(site.root + "/public") == before)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/.public.placard-staging"))
    }

    @Test func aMoveThatFailsMidwayIsPutRightByTheNextBuild() async throws {
        let site = try Self.site()
        try await site.build()
        try site.write(
            post("a", title: "A, edited", date: "2018-05-24", body: "Edited.").droppingListingHeader,
            to: "content/posts/a/index.md")
        let builder = SiteBuilder(
            BuildOptions(source: site.root), fileSystem: Self.disk(failingMove: "posts/a/index.html"))
        let error = try await #require(throws: BuildFailure.self) { try await builder.build() }
        #expect(error.description.contains("could not write"))
        #expect(error.description.contains("posts/a/index.html"))
        try await site.build()
        let clean = site.root + "/clean"
        try await SiteBuilder(BuildOptions(source: site.root, output: clean)).build()
        #expect(try folderContents(site.root + "/public") == folderContents(clean))
    }

    @Test func aContentFolderThatCannotBeListedIsAnErrorNotAnEmptySite() async throws {
        let site = try Self.site()
        defer { site.removeAll() }
        var fileSystem = FileSystem.disk
        let list = fileSystem.list
        fileSystem.list = { path in
            if path.hasSuffix("/content/posts") { throw NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES)) }
            return try list(path)
        }
        let failure = try await #require(throws: BuildFailure.self) {
            try await SiteBuilder(BuildOptions(source: site.root), fileSystem: fileSystem).build()
        }
        #expect(
            failure.diagnostics.map(\.headline) == [
                "content/posts:1:1: error: could not list content/posts (permission denied); check its permissions"
            ])
        #expect(!site.exists("public"))
    }
}

extension String {
    /// A listing section's text without its `-- path --` line (``post(_:title:date:extra:body:)`` writes one).
    fileprivate var droppingListingHeader: String {
        split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("---") }.joined(separator: "\n")
    }
}
