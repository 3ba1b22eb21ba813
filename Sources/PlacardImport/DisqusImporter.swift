import Foundation
public import Placard

/// `placard import disqus`: adds a Disqus export's comments to the posts already in a content folder.
///
/// A thread is matched to a post by its link (`…/posts/<slug>/`, or a last path segment that is a post's folder)
/// or by its identifier; threads that match no post are reported, not guessed.
public struct DisqusImporter: Sendable {
    /// The content folder holding `posts/`.
    public let content: String
    /// Whether to replace existing `comments.yml` files.
    public let options: ImportOptions

    /// Creates an importer writing into `content`.
    public init(content: String, options: ImportOptions = []) {
        self.content = content
        self.options = options
    }

    /// Reads the export at `path` and writes `comments.yml` for every matched post; on any error nothing is written.
    ///
    /// Comments are staged as they are read; threads that match the same post (Disqus keeps one per URL variant)
    /// share one archive.
    /// - Returns: what was imported, skipped and left unmatched.
    /// - Throws: a diagnostic for malformed XML (with line and column), a file that exists, or a write failure.
    public func run(_ path: String) throws(Diagnostic) -> ImportSummary {
        let stage = try ImportStage(content: content)
        defer { stage.remove() }
        let tails = try StagedCommentLines(path: stage.work("tails"))
        let reader = DisqusReader(tails: tails)
        try XMLStream(path: path).read(into: reader)
        let slugs = try existingSlugs()
        var summary = ImportSummary()
        var threadsBySlug: [String: [String]] = [:]
        for (threadID, records) in reader.comments.sorted(by: { $0.key < $1.key }) {
            guard let thread = reader.threads[threadID] else {
                summary.skip("orphan comment", records.count)
                continue
            }
            guard let slug = Self.match(thread, slugs: slugs) else {
                summary.unmatched.append(thread.link.isEmpty ? "thread \(threadID)" : thread.link)
                summary.skip("unmatched-thread comment", records.count)
                continue
            }
            threadsBySlug[slug, default: []].append(threadID)
        }
        for (slug, threadIDs) in threadsBySlug.sorted(by: { $0.key < $1.key }) {
            let records = threadIDs.flatMap { reader.comments[$0] ?? [] }
            let planned = WordPressComments(authorID: nil).plan(records, &summary)
            guard !planned.entries.isEmpty else { continue }
            summary.posts += 1
            summary.comments += planned.entries.count(where: { $0.tail != nil })
            try stage.writeComments(planned.entries, tails: tails, to: "posts/\(slug)/comments.yml")
        }
        try stage.commit(options)
        return summary
    }

    /// The folder names under `posts/`; none when there is no `posts/`.
    /// - Throws: when `posts/` is there but cannot be listed: every thread would otherwise look unmatched.
    private func existingSlugs() throws(Diagnostic) -> Set<String> {
        let folder = content + "/posts"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return []
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw Diagnostic("could not list \(folder) (\(SourceReader.reason(error))); check its permissions")
        }
        return Set(names.filter { FileManager.default.fileExists(atPath: content + "/posts/\($0)/index.md") })
    }

    /// The post a thread belongs to, when its link or identifier names exactly one.
    static func match(_ thread: DisqusThread, slugs: Set<String>) -> String? {
        var segments = URLComponents(string: thread.link)?.path.split(separator: "/").map(String.init) ?? []
        if let last = segments.last, last.hasPrefix("index.") { segments.removeLast() }
        if let index = segments.firstIndex(of: "posts"), index + 1 < segments.count, slugs.contains(segments[index + 1])
        {
            return segments[index + 1]
        }
        if let last = segments.last, let slug = decoded(last), slugs.contains(slug) { return slug }
        let identifier = thread.identifier.split(separator: "/").last.map(String.init) ?? ""
        if let slug = decoded(identifier), slugs.contains(slug) { return slug }
        return nil
    }

    private static func decoded(_ segment: String) -> String? {
        let value = (segment.removingPercentEncoding ?? segment).lowercased()
        return value.isEmpty ? nil : value
    }
}
