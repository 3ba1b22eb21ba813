import Foundation

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

    init(site: Site, templates: TemplateSet) {
        self.site = site
        self.templates = templates
        self.markdown = MarkdownRenderer(config: site.config)
        self.dates = DateStyle(config: site.config)
        self.urls = URLs(baseURL: site.config.baseURL)
    }

    /// The files that list posts or belong to the whole site: the index, tag pages, the site feed, standalone pages,
    /// the 404 page, theme assets, static files, and the sitemap of these and of `postPages`.
    /// - Parameters:
    ///   - entries: the site feed's entries (any order; only the newest `feed_limit` are written).
    ///   - postPages: the listed pages the posts made, for the sitemap.
    ///   - assets: the theme's files under `templates/assets/`.
    func siteFiles(entries: [FeedEntry], postPages: [SitemapEntry], assets: [String]) -> [OutputFile] {
        var files: [OutputFile] = []
        let summaries = site.posts.map { presenter($0).summary() }
        let newest = site.posts.map(\.modified).max()
        files += listPages(
            summaries, url: urls.index(page:), template: "index", title: site.config.title, extra: [:],
            modified: newest)
        files.append(OutputFile(path: "feed.xml", text: feed(entries, url: "", title: site.config.title).xml()))
        files += tagPages(summaries)
        for page in site.pages {
            var ids = HeadingIDs()
            let context: [String: Any] = [
                "page": [
                    "title": page.title, "body_html": markdown.allowingRawHTML(page.rawHTML).html(page.body, ids: &ids),
                ]
            ]
            var file = render("page", url: urls.page(page), title: page.title, context)
            file.sitemap = (true, nil)
            file.source = "content/pages/\(page.name).md"
            files.append(file)
        }
        files.append(render("404", file: "404.html", url: "404.html", title: "Page not found", [:]))
        files += assets.map { OutputFile(path: "assets/\($0)", copying: "templates/assets/\($0)") }
        files += site.staticFiles.map { OutputFile(path: $0, copying: "content/static/\($0)") }
        files += SitemapWriter(urls: urls, dates: dates).files(for: postPages + files.compactMap(SitemapEntry.init))
        return files
    }

    private func presenter(_ post: Post) -> PostPresenter {
        PostPresenter(
            post: post, urls: urls, markdown: markdown, dates: dates, siteTitle: site.config.title,
            author: site.config.author)
    }

    /// An Atom feed of entries for the page at `url`.
    private func feed(_ entries: [FeedEntry], url: String, title: String) -> AtomFeed {
        AtomFeed(
            title: title, id: urls.absolute(url), selfURL: urls.absolute(url + "feed.xml"),
            alternateURL: urls.absolute(url), author: site.config.author, subtitle: site.config.description,
            language: site.config.language, entries: entries, limit: site.config.feedLimit)
    }

    /// The post page, its archive pages, its update pages, its feed and the files beside it; and its feed entries.
    /// Only the site's settings and standalone pages are read, not the other posts, so posts render in any order.
    func postFiles(_ post: Post) -> ([OutputFile], [FeedEntry]) {
        let presenter = presenter(post)
        let rendered = presenter.render()
        let context = presenter.full(rendered)
        let postURL = urls.absolute(urls.post(post))
        let description = presenter.description
        let social = presenter.social(
            title: post.title, url: postURL, published: post.date, modified: post.modified, headline: post.title,
            description: description)
        let archive = CommentArchive(
            post: post, urls: urls, markdown: markdown, dates: dates, perPage: site.config.commentsPerPage
        ).pages()
        var files: [OutputFile] = []
        for page in archive {
            let extra: [String: Any] = ["post": context, "comments": page.context, "social": social]
            let title = page.number == 1 ? post.title : "\(post.title): comments, page \(page.number)"
            var file = render(page.number == 1 ? "post" : "comments", url: page.url, title: title, extra)
            file.sitemap = (true, post.modified)
            files.append(file)
        }
        for (offset, (update, body)) in zip(post.updates, rendered.updates).enumerated() {
            var updateContext = presenter.update(update, body: body)
            if offset > 0 { updateContext["previous"] = presenter.update(post.updates[offset - 1], body: nil) }
            if offset + 1 < post.updates.count {
                updateContext["next"] = presenter.update(post.updates[offset + 1], body: nil)
            }
            let title = presenter.updateTitle(update)
            let updateSocial = presenter.social(
                title: title, url: urls.absolute(urls.update(update, of: post)), published: update.date,
                modified: update.date, headline: title, description: description)
            var file = render(
                "update", url: urls.update(update, of: post), title: title,
                ["post": context, "update": updateContext, "social": updateSocial])
            file.sitemap = (true, update.date)
            files.append(file)
        }
        let entries = presenter.feedEntries(rendered)
        files.append(
            OutputFile(
                path: "posts/\(post.slug)/feed.xml", text: feed(entries, url: urls.post(post), title: post.title).xml())
        )
        files += post.assets.map { OutputFile(path: "posts/\(post.slug)/\($0)", copying: "\(post.folder)/\($0)") }
        return (files, entries)
    }

    /// One page per tag, listing its posts newest first.
    /// - Parameter summaries: each post's summary context, in `site.posts` order, rendered once for the index.
    private func tagPages(_ summaries: [[String: Any]]) -> [OutputFile] {
        var byTag: [String: (name: String, posts: [[String: Any]], modified: Date)] = [:]
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
        return byTag.keys.sorted().flatMap { slug -> [OutputFile] in
            let (name, posts, modified) = byTag[slug]!
            return listPages(
                posts, url: { page in page == 1 ? "tags/\(slug)/" : "tags/\(slug)/page/\(page)/" },
                template: "tag", title: "Posts tagged \(name)", extra: ["tag": ["name": name]], modified: modified)
        }
    }

    /// A list of posts split over pages of `postsPerPage`.
    private func listPages(
        _ posts: [[String: Any]], url: (Int) -> String, template: String, title: String, extra: [String: Any],
        modified: Date?
    ) -> [OutputFile] {
        let count = max(1, (posts.count + Self.postsPerPage - 1) / Self.postsPerPage)
        return (1...count).map { page in
            var context = extra
            context["posts"] = Array(posts.dropFirst((page - 1) * Self.postsPerPage).prefix(Self.postsPerPage))
            context["pagination"] =
                [
                    "has_pages": count > 1, "page": page, "pages": count,
                    "has_previous": page > 1, "previous_url": page > 1 ? urls.link(url(page - 1)) : "",
                    "has_next": page < count, "next_url": page < count ? urls.link(url(page + 1)) : "",
                ] as [String: Any]
            var file = render(template, url: url(page), title: page == 1 ? title : "\(title), page \(page)", context)
            file.sitemap = (true, modified)
            return file
        }
    }

    private func render(_ template: String, url: String, title: String, _ context: [String: Any]) -> OutputFile {
        render(template, file: urls.file(url), url: url, title: title, context)
    }

    private func render(
        _ template: String, file: String, url: String, title: String, _ context: [String: Any]
    ) -> OutputFile {
        var context = context
        context["site"] = siteContext
        context["root"] = urls.root
        context["title"] = title
        context["canonical"] = urls.absolute(url)
        context["feed_url"] = urls.link("feed.xml")
        return OutputFile(path: file, text: templates.render(template, context))
    }

    private var siteContext: [String: Any] {
        let config = site.config
        var context: [String: Any] = [
            "title": config.title, "base_url": config.baseURL, "language": config.language,
            "description": config.description ?? "", "has_description": config.description != nil,
            "pages": site.pages.map { ["title": $0.title, "url": urls.link(urls.page($0))] },
        ]
        if let author = config.author { context["author"] = ["name": author.name, "url": author.url ?? ""] }
        return context
    }
}
