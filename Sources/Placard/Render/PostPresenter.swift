import Foundation
import Templates

/// A post as template contexts: the summary the index and tag pages list, and the whole post with its updates.
struct PostPresenter {
    let post: Post
    /// The post's language: its URLs, Markdown rules and words.
    let language: LocalizedSite
    /// How dates are written: the post's language's, or that of the list that shows it.
    let dates: DateStyle
    /// For a translation, the post it translates, in the default language.
    var original: (post: Post, language: LocalizedSite)?

    var urls: URLs { language.urls }
    var markdown: MarkdownRenderer { language.markdown }
    var strings: ThemeStrings { language.strings }
    /// The site's title, for JSON-LD.
    var siteTitle: String { language.config.title }
    /// The site's author, who wrote the posts.
    var author: SiteConfig.Author? { language.config.author }

    /// The body and each update rendered once, sharing one set of heading ids since they share the post page.
    struct Rendered {
        var body: String
        var updates: [String]
        /// The body's first paragraph as plain text, for the description when there is no summary.
        var firstParagraph: String
    }

    func render() -> Rendered {
        var ids = HeadingIDs()
        // The summary, when there is one, is the description; otherwise the first paragraph is read from the parse
        // that renders the body.
        var firstParagraph: String? = post.summary == nil ? nil : ""
        let body = markdown.allowingRawHTML(post.rawHTML).html(post.body, ids: &ids, firstParagraph: &firstParagraph)
        let updates = post.updates.map { markdown.html($0.body, ids: &ids) }
        return Rendered(body: body, updates: updates, firstParagraph: firstParagraph ?? "")
    }

    /// The most tags a list shows of one post; the rest are counted (`more_tags`). Every tag page lists the post,
    /// so listing all of a post's tags there grew with the square of their number (2,000 tags: 4 million links).
    static let listedTags = 20

    /// What a list and the post page show alike of a post, by key: title, link, dates, summary and latest update
    /// (``ListedPost`` answers lists with it); nil for the keys they show differently, the tags among them.
    func listed(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .title: .text(post.title)
        case .url: .text(urls.link(urls.post(post)))
        case .date: .text(dates.readable(post.date))
        case .dateISO: .text(dates.iso(post.date))
        case .summary: .text(post.summary ?? "")
        case .hasSummary: .bool(post.summary != nil)
        case .hasTags: .bool(!post.tags.isEmpty)
        case .modifiedISO: .text(dates.iso(post.modified))
        case .latestUpdate: post.latestUpdate.map { .object(update($0, body: nil)) }
        default: nil
        }
    }

    /// The keys ``listed(_:)`` answers.
    private static let listedKeys: [TemplateKey] = [
        .title, .url, .date, .dateISO, .summary, .hasSummary, .hasTags, .modifiedISO, .latestUpdate,
    ]

    /// The whole post: what a list shows of it, with every tag, the body and every update, newest first.
    func full(_ rendered: Rendered) -> TemplateFields {
        var fields = TemplateFields([
            .tags: tagLinks(post.tags[...]), .moreTags: .int(0), .hasMoreTags: .bool(false),
            .moreTagsText: .text(moreTags(post.tags.count - post.tags.prefix(Self.listedTags).count)),
            .bodyHTML: .text(rendered.body),
        ])
        for key in Self.listedKeys { if let value = listed(key) { fields[key] = value } }
        let updates = zip(post.updates, rendered.updates).reversed().map { update($0, body: $1) }
        fields[.updates] = .list(updates)
        fields[.hasUpdates] = .bool(!updates.isEmpty)
        let missing = missingUpdates()
        fields[.missingUpdates] = .list(missing)
        fields[.hasMissingUpdates] = .bool(!missing.isEmpty)
        return fields
    }

    /// "and 3 more", in the post's words.
    func moreTags(_ count: Int) -> String { strings.phrase("more_tags", ["count": String(count)]) }

    func tagLinks(_ tags: ArraySlice<String>) -> TemplateValue {
        .list(tags.map { TemplateFields([.name: .text($0), .url: .text(urls.link(urls.tag($0)))]) })
    }

    /// One update: title, dates, its anchor on the post page, its own page, and its body when given.
    func update(_ update: Update, body: String?) -> TemplateFields {
        var fields = TemplateFields([
            .title: .text(update.title), .date: .text(dates.readable(update.date)),
            .dateISO: .text(dates.iso(update.date)), .anchor: .text(update.anchor),
            .url: .text(urls.link(urls.update(update, of: post))),
            .postURL: .text(urls.link(urls.post(post)) + "#" + update.anchor),
        ])
        if let body { fields[.bodyHTML] = .text(body) }
        return fields
    }
}
