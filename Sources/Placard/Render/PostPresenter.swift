import Foundation

/// A post as template contexts: the summary the index and tag pages list, and the whole post with its updates.
struct PostPresenter {
    let post: Post
    let urls: URLs
    let markdown: MarkdownRenderer
    let dates: DateStyle
    /// The site's title, for JSON-LD.
    let siteTitle: String
    /// The site's author, who wrote the posts.
    let author: SiteConfig.Author?

    /// The body and each update rendered once, sharing one set of heading ids since they share the post page.
    struct Rendered {
        var body: String
        var updates: [String]
    }

    func render() -> Rendered {
        var ids = HeadingIDs()
        let body = markdown.allowingRawHTML(post.rawHTML).html(post.body, ids: &ids)
        let updates = post.updates.map { markdown.html($0.body, ids: &ids) }
        return Rendered(body: body, updates: updates)
    }

    /// The most tags a list shows of one post; the rest are counted (`more_tags`). Every tag page lists the post,
    /// so listing all of a post's tags there grew with the square of their number (2,000 tags: 4 million links).
    static let listedTags = 20

    /// What lists show of a post: title, link, date, summary, its first tags and its latest update.
    func summary() -> [String: Any] {
        let listed = post.tags.prefix(Self.listedTags)
        var context: [String: Any] = [
            "title": post.title, "url": urls.link(urls.post(post)),
            "date": dates.readable(post.date), "date_iso": dates.iso(post.date),
            "summary": post.summary ?? "", "has_summary": post.summary != nil,
            "tags": tagLinks(listed), "has_tags": !post.tags.isEmpty,
            "more_tags": post.tags.count - listed.count, "has_more_tags": post.tags.count > listed.count,
            "modified_iso": dates.iso(post.modified),
        ]
        if let latest = post.latestUpdate { context["latest_update"] = update(latest, body: nil) }
        return context
    }

    /// The whole post: the summary's keys plus the body and every update, newest first.
    func full(_ rendered: Rendered) -> [String: Any] {
        var context = summary()
        context["tags"] = tagLinks(post.tags[...])
        context["more_tags"] = 0
        context["has_more_tags"] = false
        context["body_html"] = rendered.body
        let updates = zip(post.updates, rendered.updates).reversed().map { update($0, body: $1) }
        context["updates"] = updates
        context["has_updates"] = !updates.isEmpty
        return context
    }

    private func tagLinks(_ tags: ArraySlice<String>) -> [[String: Any]] {
        tags.map { ["name": $0, "url": urls.link(urls.tag($0))] }
    }

    /// One update: title, dates, its anchor on the post page, its own page, and its body when given.
    func update(_ update: Update, body: String?) -> [String: Any] {
        var context: [String: Any] = [
            "title": update.title, "date": dates.readable(update.date), "date_iso": dates.iso(update.date),
            "anchor": update.anchor, "url": urls.link(urls.update(update, of: post)),
            "post_url": urls.link(urls.post(post)) + "#" + update.anchor,
        ]
        if let body { context["body_html"] = body }
        return context
    }
}
