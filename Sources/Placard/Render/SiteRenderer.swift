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
        self.markdown = MarkdownRenderer(allowRawHTML: site.config.unsafeHTML)
        self.dates = DateStyle(config: site.config)
        self.urls = URLs(baseURL: site.config.baseURL)
    }

    /// Every output file: pages, theme assets, post assets and static files, in a stable order.
    /// - Parameter progress: called after each post with the number of posts rendered and the total.
    func render(assets: [String], progress: (Int, Int) -> Void = { _, _ in }) -> [OutputFile] {
        var files: [OutputFile] = []
        let summaries = site.posts.map { presenter($0).summary() }
        files += listPages(summaries, url: urls.index(page:), template: "index", title: site.config.title, extra: [:])
        for (offset, post) in site.posts.enumerated() {
            files += postFiles(post)
            progress(offset + 1, site.posts.count)
        }
        files += tagPages()
        for page in site.pages {
            var ids = HeadingIDs()
            let context: [String: Any] = [
                "page": ["title": page.title, "body_html": markdown.html(page.body, ids: &ids)]
            ]
            files.append(render("page", url: urls.page(page), title: page.title, context))
        }
        files.append(render("404", file: "404.html", url: "404.html", title: "Page not found", [:]))
        files += assets.map { OutputFile(path: "assets/\($0)", copying: "templates/assets/\($0)") }
        files += site.staticFiles.map { OutputFile(path: $0, copying: "content/static/\($0)") }
        return files
    }

    private func presenter(_ post: Post) -> PostPresenter {
        PostPresenter(post: post, urls: urls, markdown: markdown, dates: dates)
    }

    /// The post page, its archive pages, its update pages and the files beside it.
    private func postFiles(_ post: Post) -> [OutputFile] {
        let presenter = presenter(post)
        let rendered = presenter.render()
        let context = presenter.full(rendered)
        let archive = CommentArchive(
            post: post, urls: urls, markdown: markdown, dates: dates, perPage: site.config.commentsPerPage
        ).pages()
        var files: [OutputFile] = []
        for page in archive {
            let extra: [String: Any] = ["post": context, "comments": page.context]
            let title = page.number == 1 ? post.title : "\(post.title): comments, page \(page.number)"
            files.append(render(page.number == 1 ? "post" : "comments", url: page.url, title: title, extra))
        }
        for (offset, (update, body)) in zip(post.updates, rendered.updates).enumerated() {
            var updateContext = presenter.update(update, body: body)
            if offset > 0 { updateContext["previous"] = presenter.update(post.updates[offset - 1], body: nil) }
            if offset + 1 < post.updates.count {
                updateContext["next"] = presenter.update(post.updates[offset + 1], body: nil)
            }
            let title = "Update, \(dates.readable(update.date)): \(update.title) — \(post.title)"
            files.append(
                render(
                    "update", url: urls.update(update, of: post), title: title,
                    ["post": context, "update": updateContext]))
        }
        files += post.assets.map { OutputFile(path: "posts/\(post.slug)/\($0)", copying: "\(post.folder)/\($0)") }
        return files
    }

    /// One page per tag, listing its posts newest first.
    private func tagPages() -> [OutputFile] {
        var byTag: [String: (name: String, posts: [[String: Any]])] = [:]
        for post in site.posts {
            for tag in Set(post.tags.map { Slug.make($0) }) {
                let name = post.tags.first { Slug.make($0) == tag } ?? tag
                byTag[tag, default: (name, [])].posts.append(presenter(post).summary())
            }
        }
        return byTag.keys.sorted().flatMap { slug -> [OutputFile] in
            let (name, posts) = byTag[slug]!
            return listPages(
                posts, url: { page in page == 1 ? "tags/\(slug)/" : "tags/\(slug)/page/\(page)/" },
                template: "tag", title: "Posts tagged \(name)", extra: ["tag": ["name": name]])
        }
    }

    /// A list of posts split over pages of `postsPerPage`.
    private func listPages(
        _ posts: [[String: Any]], url: (Int) -> String, template: String, title: String, extra: [String: Any]
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
            return render(template, url: url(page), title: page == 1 ? title : "\(title), page \(page)", context)
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
