import Foundation

/// `placard import wordpress`: turns a WordPress export (WXR) into posts, pages and comment archives.
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
        let reader = WordPressReader()
        try XMLStream(path: path).read(into: reader)
        var summary = ImportSummary()
        var posts: [ImportedPost] = []
        var slugs = Set<String>()
        for item in Self.merged(reader.items) {
            guard var post = convert(item, authorIDs: reader.authorIDs, &summary) else { continue }
            post.slug = Self.unique(post.slug, isPage: post.isPage, in: &slugs)
            if post.isPage { summary.pages += 1 } else { summary.posts += 1 }
            summary.comments += post.comments.count(where: { !$0.removed })
            posts.append(post)
        }
        let writer = ImportWriter(
            content: content, options: options, yaml: ImportYAML(timeZone: try ImportWriter.timeZone(content: content)))
        try writer.write(writer.files(posts))
        return summary
    }

    /// Items in order, the duplicates of a post id merged into its first item.
    static func merged(_ items: [WordPressItem]) -> [WordPressItem] {
        var result: [WordPressItem] = []
        var index: [String: Int] = [:]
        for item in items {
            let id = item["wp:post_id"]
            if !id.isEmpty, let first = index[id] {
                result[first].merge(item)
            } else {
                if !id.isEmpty { index[id] = result.count }
                result.append(item)
            }
        }
        return result
    }

    private func convert(
        _ item: WordPressItem, authorIDs: [String: String], _ summary: inout ImportSummary
    ) -> ImportedPost? {
        let type = item["wp:post_type"].isEmpty ? "post" : item["wp:post_type"]
        guard type == "post" || type == "page" else {
            summary.skip("\(type) item")
            return nil
        }
        let status = item["wp:status"].isEmpty ? "publish" : item["wp:status"]
        let isDraft = ["draft", "future", "pending", "private"].contains(status)
        guard status == "publish" || (isDraft && options.contains(.drafts)) else {
            summary.skip("\(status) \(type)")
            return nil
        }
        guard let date = WordPressDates.postDate(item) else {
            summary.skip("undated \(type)")
            return nil
        }
        let comments = WordPressComments(authorID: authorIDs[item["dc:creator"]]).convert(item.comments, &summary)
        var post = ImportedPost(
            slug: WordPressSlug.make(item), title: PostHTML.plainText(item["title"]), date: date,
            summary: PostHTML.plainText(item["excerpt:encoded"]), tags: item.tags, draft: isDraft,
            originalCommentCount: comments.approved, body: PostHTML.convert(item.fields["content:encoded"] ?? ""))
        post.comments = comments.entries
        post.isPage = type == "page"
        if post.title.isEmpty { post.title = post.slug }
        return post
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
