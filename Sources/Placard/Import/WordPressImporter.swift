import Foundation

/// `placard import wordpress`: turns a WordPress export (WXR) into posts, pages and comment archives.
///
/// The export is streamed: each item is staged on disk when it ends and each approved comment's lines when the
/// comment ends, so memory holds one item and a few bytes per comment of one post, not the export. The staged posts
/// are written into a staging folder once the whole export has been read, then moved into the content folder.
public struct WordPressImporter: Sendable {
    /// The content folder to write into.
    public let content: String
    /// Whether to replace files and import drafts.
    public let options: ImportOptions

    /// Creates an importer writing into `content`.
    public init(content: String, options: ImportOptions = []) {
        self.content = content
        self.options = options
    }

    /// Reads the export at `path` and writes its posts, pages and comments; on any error nothing is written.
    /// - Returns: what was imported and what was skipped.
    /// - Throws: a diagnostic for malformed XML (with line and column), a file that exists, or a write failure.
    public func run(_ path: String) throws(Diagnostic) -> ImportSummary {
        let yaml = ImportYAML(timeZone: try ImportYAML.siteTimeZone(content: content))
        let stage = try ImportStage(content: content)
        defer { stage.remove() }
        let tails = try CommentTails(path: stage.work("tails"))
        let staging = try WordPressStaging(stage: stage, options: options)
        let reader = WordPressReader(tails: tails, staging: staging)
        try XMLStream(path: path).read(into: reader)
        var summary = staging.summary
        var slugs = Set<String>()
        for number in 0..<staging.count {
            let item = try staging.item(number)
            guard case (var post, let comments)? = convert(item, authorIDs: reader.authorIDs, &summary) else {
                continue
            }
            post.slug = Self.unique(post.slug, isPage: post.isPage, in: &slugs)
            if post.isPage {
                summary.pages += 1
                try stage.write(yaml.document(post), to: "pages/\(post.slug).md")
                continue
            }
            summary.posts += 1
            summary.comments += comments.count(where: { $0.tail != nil })
            try stage.write(yaml.document(post), to: "posts/\(post.slug)/index.md")
            if !comments.isEmpty {
                try stage.writeComments(comments, tails: tails, to: "posts/\(post.slug)/comments.yml")
            }
        }
        try stage.commit(options)
        return summary
    }

    private func convert(
        _ item: WordPressItem, authorIDs: [String: String], _ summary: inout ImportSummary
    ) -> (ImportedPost, [PlannedComment])? {
        let type = item["wp:post_type"].isEmpty ? "post" : item["wp:post_type"]
        let status = item["wp:status"].isEmpty ? "publish" : item["wp:status"]
        if let reason = WordPressStaging.exclusion(type: type, status: status, options: options) {
            summary.skip(reason)
            return nil
        }
        guard let date = WordPressDates.postDate(item) else {
            summary.skip("undated \(type)")
            return nil
        }
        let authorID = authorIDs[item["dc:creator"]] ?? item.creatorUserID
        let comments = WordPressComments(authorID: authorID).plan(item.records, &summary)
        var post = ImportedPost(
            slug: WordPressSlug.make(item), title: PostHTML.plainText(item["title"]), date: date,
            summary: PostHTML.plainText(item["excerpt:encoded"]), tags: item.tags, draft: status != "publish",
            originalCommentCount: comments.approved, body: PostHTML.convert(item.fields["content:encoded"] ?? ""))
        post.isPage = type == "page"
        if post.title.isEmpty { post.title = post.slug }
        guard !post.isPage else {
            summary.skip("comment on a page", comments.approved)  // pages have no comments archive
            return (post, [])
        }
        return (post, comments.entries)
    }

    /// `slug`, or `slug-2`, `slug-3` … when another post or page took it.
    static func unique(_ slug: String, isPage: Bool, in taken: inout Set<String>) -> String {
        let key = (isPage ? "page/" : "post/")
        var candidate = slug
        var number = 1
        while taken.contains(key + candidate) {
            number += 1
            candidate = "\(slug)-\(number)"
        }
        taken.insert(key + candidate)
        return candidate
    }
}
