import Foundation
import Templates

/// Renders every page of a loaded site through the theme's templates; nothing is written here.
struct SiteRenderer: Sendable {
    /// The templates a site needs, one per kind of page.
    static let requiredTemplates = ["index", "post", "comments", "update", "tag", "page", "404"]
    /// Posts on one page of the index and of a tag page.
    static let postsPerPage = 10

    let site: Site
    let templates: TemplateSet
    let markdown: MarkdownRenderer
    let dates: DateStyle
    let urls: URLs
    /// `site` in every page's context.
    private let siteContext: TemplateValue

    init(site: Site, templates: TemplateSet) {
        self.site = site
        self.templates = templates
        self.markdown = MarkdownRenderer(config: site.config)
        self.dates = DateStyle(config: site.config)
        let urls = URLs(baseURL: site.config.baseURL)
        self.urls = urls
        let config = site.config
        var context = TemplateFields([
            .title: .text(config.title), .baseURL: .text(config.baseURL), .language: .text(config.language),
            .description: .text(config.description ?? ""), .hasDescription: .bool(config.description != nil),
            .pages: .list(
                site.pages.map { TemplateFields([.title: .text($0.title), .url: .text(urls.link(urls.page($0)))]) }),
        ])
        if let author = config.author {
            context[.author] = .fields([.name: .text(author.name), .url: .text(author.url ?? "")])
        }
        siteContext = .object(context)
    }

    /// The files that list posts or belong to the whole site: the index, tag pages, the site feed, standalone pages,
    /// the 404 page, theme assets, static files, and the sitemap of these and of `postPages`.
    /// - Parameters:
    ///   - entries: the site feed's entries (any order; only the newest `feed_limit` are written).
    ///   - postPages: the listed pages the posts made, for the sitemap.
    ///   - assets: the theme's files under `templates/assets/`.
    ///   - write: receives each file as soon as it is made, so that a big site's list pages are never all in memory.
    /// - Throws: when a template nests without end.
    func siteFiles(
        entries: [FeedEntry], postPages: [SitemapEntry], assets: [String], into write: (OutputFile) -> Void
    ) throws(BuildFailure) {
        var listed: [SitemapEntry] = []
        func emit(_ file: OutputFile) {
            if let entry = SitemapEntry(file) { listed.append(entry) }
            write(file)
        }
        let listedPosts = ListedPosts(posts: site.posts) { [self] in presenter($0) }
        let summaries = site.posts.indices.map { TemplateValue.object(ListedPost(list: listedPosts, index: $0)) }
        let newest = site.posts.map(\.modified).max()
        try listPages(
            summaries, url: urls.index(page:), template: "index", title: site.config.title, extra: TemplateFields([:]),
            modified: newest, into: emit)
        emit(OutputFile(path: "feed.xml", text: feed(entries, url: "", title: site.config.title).xml()))
        try tagPages(summaries, into: emit)
        for page in site.pages {
            var ids = HeadingIDs()
            let body = markdown.allowingRawHTML(page.rawHTML).html(page.body, ids: &ids)
            let context = TemplateFields([.page: .fields([.title: .text(page.title), .bodyHTML: .text(body)])])
            var file = try render("page", url: urls.page(page), title: page.title, context)
            file.sitemap = (true, nil)
            file.source = "content/pages/\(page.name).md"
            emit(file)
        }
        emit(try render("404", file: "404.html", url: "404.html", title: "Page not found", TemplateFields([:])))
        for asset in assets { emit(OutputFile(path: "assets/\(asset)", copying: "templates/assets/\(asset)")) }
        for path in site.staticFiles { emit(OutputFile(path: path, copying: "content/static/\(path)")) }
        for file in SitemapWriter(urls: urls, dates: dates).files(for: postPages + listed) { write(file) }
    }

    func presenter(_ post: Post) -> PostPresenter {
        PostPresenter(
            post: post, urls: urls, markdown: markdown, dates: dates, siteTitle: site.config.title,
            author: site.config.author)
    }

    /// An Atom feed of entries for the page at `url`.
    func feed(_ entries: [FeedEntry], url: String, title: String) -> AtomFeed {
        AtomFeed(
            title: title, id: urls.absolute(url), selfURL: urls.absolute(url + "feed.xml"),
            alternateURL: urls.absolute(url), author: site.config.author, subtitle: site.config.description,
            language: site.config.language, entries: entries, limit: site.config.feedLimit)
    }

    /// One page per tag, listing its posts newest first.
    /// - Parameter summaries: each post's summary context, in `site.posts` order, rendered once for the index.
    private func tagPages(
        _ summaries: [TemplateValue], into write: (OutputFile) -> Void
    ) throws(BuildFailure) {
        var byTag: [String: (name: String, posts: [TemplateValue], modified: Date)] = [:]
        for (post, summary) in zip(site.posts, summaries) {
            // Each tag's page name once, the first spelling of it kept: a post's tags by page name.
            var names: [String: String] = [:]
            for name in post.tags {
                let slug = Slug.make(name)
                if names[slug] == nil { names[slug] = name }
            }
            for (tag, name) in names {
                var entry = byTag[tag] ?? (name, [], post.modified)
                entry.posts.append(summary)
                entry.modified = max(entry.modified, post.modified)
                byTag[tag] = entry
            }
        }
        for slug in byTag.keys.sorted() {
            let (name, posts, modified) = byTag[slug]!
            try listPages(
                posts, url: { page in page == 1 ? "tags/\(slug)/" : "tags/\(slug)/page/\(page)/" },
                template: "tag", title: "Posts tagged \(name)",
                extra: TemplateFields([.tag: .fields([.name: .text(name)])]),
                modified: modified, into: write)
        }
    }

    /// A list of posts split over pages of `postsPerPage`.
    private func listPages(
        _ posts: [TemplateValue], url: (Int) -> String, template: String, title: String, extra: TemplateFields,
        modified: Date?, into write: (OutputFile) -> Void
    ) throws(BuildFailure) {
        let count = max(1, (posts.count + Self.postsPerPage - 1) / Self.postsPerPage)
        for page in 1...count {
            var context = extra
            context[.posts] = .list(
                TemplateArray(Array(posts.dropFirst((page - 1) * Self.postsPerPage).prefix(Self.postsPerPage))))
            context[.pagination] = .fields([
                .hasPages: .bool(count > 1), .page: .int(page), .pages: .int(count),
                .hasPrevious: .bool(page > 1), .previousURL: .text(page > 1 ? urls.link(url(page - 1)) : ""),
                .hasNext: .bool(page < count), .nextURL: .text(page < count ? urls.link(url(page + 1)) : ""),
            ])
            var file = try render(
                template, url: url(page), title: page == 1 ? title : "\(title), page \(page)", context)
            file.sitemap = (true, modified)
            write(file)
        }
    }

    func render(_ template: String, url: String, title: String, _ context: TemplateFields) throws(BuildFailure)
        -> OutputFile
    {
        try render(template, file: urls.file(url), url: url, title: title, context)
    }

    private func render(
        _ template: String, file: String, url: String, title: String, _ context: TemplateFields
    ) throws(BuildFailure) -> OutputFile {
        var context = context
        context[.site] = siteContext
        context[.root] = .text(urls.root)
        context[.title] = .text(title)
        context[.canonical] = .text(urls.absolute(url))
        context[.feedURL] = .text(urls.link("feed.xml"))
        return OutputFile(path: file, data: try templates.render(template, context))
    }
}
