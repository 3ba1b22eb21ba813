import Placard

/// Writes each planned post and page of a WordPress import into the staging folder: its front matter (with its
/// aliases and featured image), its HTML with the links and media rewritten, and its comments. Used by one import on
/// one thread.
struct WordPressWriter {
    let stage: ImportStage
    let tails: StagedCommentLines
    let text: ContentFileText
    let links: WordPressLinks
    let aliases: WordPressAliases
    /// `wp:author_login` → `wp:author_id`.
    let authorIDs: [String: String]

    /// Stages one entry, counting it (and its comments) in `summary`.
    /// - Throws: a diagnostic when a file cannot be staged.
    func write(
        _ item: WordPressItem, _ entry: WordPressPlan.Entry, index: Int, _ summary: inout ImportSummary
    ) throws(Diagnostic) {
        var (post, comments) = convert(item, entry, &summary)
        post.aliases = aliases.byEntry[index] ?? []
        if let attachment = links.plan.attachments[entry.thumbnail],
            let placement = links.media.placement(of: attachment), placement.folder == "posts/" + entry.slug
        {
            post.image = placement.name
        }
        if post.isPage {
            summary.pages += 1
            try stage.write(text.document(post), to: "pages/\(post.slug).md")
            return
        }
        summary.posts += 1
        summary.comments += comments.count(where: { $0.tail != nil })
        try stage.write(text.document(post), to: "posts/\(post.slug)/index.md")
        if !comments.isEmpty {
            try stage.writeComments(
                comments, tails: tails, to: "posts/\(post.slug)/comments.yml", rewrite: { links.rewriteComment($0) })
        }
    }

    private func convert(
        _ item: WordPressItem, _ entry: WordPressPlan.Entry, _ summary: inout ImportSummary
    ) -> (ImportedPost, [PlannedComment]) {
        let authorID = authorIDs[item["dc:creator"]] ?? item.creatorUserID
        let comments = WordPressComments(authorID: authorID).plan(item.records, &summary)
        let status = item["wp:status"].isEmpty ? "publish" : item["wp:status"]
        let html = PostHTML.convert(WordPressPlan.body(item, links.plan.attachments))
        var post = ImportedPost(
            slug: entry.slug, title: PostHTML.plainText(item["title"]), date: entry.date,
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
