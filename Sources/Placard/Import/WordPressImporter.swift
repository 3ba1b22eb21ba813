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
    /// Where the old site's media are taken from; with none, references to them stay as they are.
    public let media: MediaSources

    /// Creates an importer writing into `content`.
    public init(content: String, options: ImportOptions = [], media: MediaSources = .none) {
        self.content = content
        self.options = options
        self.media = media
    }

    /// Reads the export at `path` and writes its posts, pages and comments, with the old addresses as aliases, links
    /// to the old site rewritten, and the media brought from `media`; on any error nothing is written.
    /// - Returns: what was imported, skipped and left on the old site.
    /// - Throws: a diagnostic for malformed XML (with line and column), a file that exists, or a write failure.
    public func run(_ path: String) throws(Diagnostic) -> ImportSummary {
        if let folder = media.directory {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw Diagnostic(
                    "the media folder \(folder) is not a folder; give a copy of the old wp-content/uploads")
            }
        }
        let settings = try ImportYAML.siteSettings(content: content)
        let yaml = ImportYAML(timeZone: settings.timeZone)
        let stage = try ImportStage(content: content)
        defer { stage.remove() }
        let tails = try CommentTails(path: stage.work("tails"))
        let staging = try WordPressStaging(stage: stage, options: options)
        let reader = WordPressReader(tails: tails, staging: staging)
        try XMLStream(path: path).read(into: reader)
        var summary = staging.summary
        let plan = try WordPressPlan(staging: staging, channel: reader.channel, options: options, summary: &summary)
        let library = MediaLibrary(plan: plan, sources: media)
        try library.bring(into: stage)
        let root = URLs.percentEncoded(settings.baseURL.map { URLs(baseURL: $0).root } ?? "/")
        // Comments link only absolute addresses: the site's, when it holds nothing Markdown or YAML could misread.
        let base = settings.baseURL.flatMap { url in
            url.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !"\"<>\\`".unicodeScalars.contains($0) }
                ? url : nil
        }
        let links = WordPressLinks(plan: plan, media: library, root: root, base: base)
        let aliases = WordPressAliases(plan: plan, media: library, root: root)
        for (index, entry) in plan.entries.enumerated() {
            let item = try staging.item(entry.number)
            var (post, comments) = convert(item, entry, authorIDs: reader.authorIDs, links: links, &summary)
            post.aliases = aliases.byEntry[index] ?? []
            if let attachment = plan.attachments[entry.thumbnail], let placement = library.placement(of: attachment),
                placement.folder == "posts/" + entry.slug
            {
                post.image = placement.name
            }
            if post.isPage {
                summary.pages += 1
                try stage.write(yaml.document(post), to: "pages/\(post.slug).md")
                continue
            }
            summary.posts += 1
            summary.comments += comments.count(where: { $0.tail != nil })
            try stage.write(yaml.document(post), to: "posts/\(post.slug)/index.md")
            if !comments.isEmpty {
                try stage.writeComments(
                    comments, tails: tails, to: "posts/\(post.slug)/comments.yml", rewrite: links.rewriteComment)
            }
        }
        summary.noteMedia(library)
        if !library.missing.isEmpty {
            try stage.write(MissingMediaList.text(library.missing, content: content), to: MissingMediaList.file)
        }
        try stage.commit(options)
        return summary
    }

    private func convert(
        _ item: WordPressItem, _ entry: WordPressPlan.Entry, authorIDs: [String: String], links: WordPressLinks,
        _ summary: inout ImportSummary
    ) -> (ImportedPost, [PlannedComment]) {
        let authorID = authorIDs[item["dc:creator"]] ?? item.creatorUserID
        let comments = WordPressComments(authorID: authorID).plan(item.records, &summary)
        let status = item["wp:status"].isEmpty ? "publish" : item["wp:status"]
        let html = PostHTML.convert(item.fields["content:encoded"] ?? "")
        var post = ImportedPost(
            slug: entry.slug, title: PostHTML.plainText(item["title"]),
            date: WordPressDates.postDate(item) ?? entry.date,
            summary: PostHTML.plainText(item["excerpt:encoded"]), tags: item.tags, draft: status != "publish",
            originalCommentCount: comments.approved, body: PostHTMLEditor.rewrite(html, links.edit))
        post.isPage = entry.isPage
        if post.title.isEmpty { post.title = post.slug }
        guard !post.isPage else {
            summary.skip("comment on a page", comments.approved)  // pages have no comments archive
            return (post, [])
        }
        return (post, comments.entries)
    }
}
