import Foundation
import Placard
import Testing

extension TestSite {
    /// Builds and returns a page of the output.
    func page(_ path: String) throws -> String {
        try read("public/" + path)
    }

    /// The printed errors of a build that must fail.
    func buildErrors() async -> String {
        do {
            _ = try await build()
            return ""
        } catch {
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}

/// A post with front matter and body, as a listing section.
func post(_ slug: String, title: String, date: String, extra: String = "", body: String = "Body.") -> String {
    """

    -- content/posts/\(slug)/index.md --
    ---
    title: \(title)
    date: \(date)
    \(extra)
    ---

    \(body)
    """
}

extension String {
    /// The number of times a substring occurs.
    func occurrences(of needle: String) -> Int { components(separatedBy: needle).count - 1 }

    /// The text between the first `start` and the next `end` after it.
    func between(_ start: String, _ end: String) -> String? {
        guard let lower = range(of: start)?.upperBound, let upper = self[lower...].range(of: end)?.lowerBound
        else { return nil }
        return String(self[lower..<upper])
    }
}

/// Every file below `folder`, by path relative to it, with its bytes: for comparing two outputs.
func folderContents(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for case let path as String in try #require(FileManager.default.enumerator(atPath: folder)) {
        if let data = FileManager.default.contents(atPath: folder + "/" + path) { files[path] = data }
    }
    return files
}
