import Foundation

/// Renders every page of a loaded site through the theme's templates; nothing is written here.
struct SiteRenderer: Sendable {
    /// The templates a site needs.
    static let requiredTemplates = ["index", "post", "404"]

    let site: Site
    let templates: TemplateSet
    let markdown: MarkdownRenderer
    let dates: DateStyle

    init(site: Site, templates: TemplateSet) {
        self.site = site
        self.templates = templates
        self.markdown = MarkdownRenderer(allowRawHTML: site.config.unsafeHTML)
        self.dates = DateStyle(config: site.config)
    }

    /// Every output file: pages, theme assets, post assets and static files, in a stable order.
    func render(assets: [String]) -> [OutputFile] {
        var files: [OutputFile] = []
        let posts = site.posts.map(postContext)
        files.append(page("index", path: "index.html", ["posts": posts, "title": site.config.title]))
        for (post, context) in zip(site.posts, posts) {
            files.append(page("post", path: "posts/\(post.slug)/index.html", ["post": context, "title": post.title]))
            files += post.assets.map {
                OutputFile(path: "posts/\(post.slug)/\($0)", copying: "\(post.folder)/\($0)")
            }
        }
        files.append(page("404", path: "404.html", ["title": "Page not found"]))
        files += assets.map { OutputFile(path: "assets/\($0)", copying: "templates/assets/\($0)") }
        files += site.staticFiles.map { OutputFile(path: $0, copying: "content/static/\($0)") }
        return files
    }

    private func page(_ template: String, path: String, _ context: [String: Any]) -> OutputFile {
        var context = context
        context["site"] = siteContext
        context["root"] = rootPath
        return OutputFile(path: path, text: templates.render(template, context))
    }

    private var siteContext: [String: Any] {
        let config = site.config
        return [
            "title": config.title, "base_url": config.baseURL, "language": config.language,
            "description": config.description ?? "", "author": config.author?.name ?? "",
        ]
    }

    private func postContext(_ post: Post) -> [String: Any] {
        let updates = post.updates.reversed().map { update -> [String: Any] in
            [
                "title": update.title, "anchor": update.anchor, "date": dates.readable(update.date),
                "date_iso": dates.iso(update.date), "body_html": markdown.html(update.body),
            ]
        }
        var context: [String: Any] = [
            "title": post.title, "slug": post.slug, "url": "posts/\(post.slug)/",
            "date": dates.readable(post.date), "date_iso": dates.iso(post.date),
            "summary": post.summary ?? "", "body_html": markdown.html(post.body), "updates": updates,
        ]
        if let latest = updates.first { context["latest_update"] = latest }
        return context
    }

    /// The path of `base_url`, "/" or "/campaign/": links are root-relative from it, so that they work on every
    /// page, the 404 page at any depth included.
    private var rootPath: String {
        let path = URLComponents(string: site.config.baseURL)?.path ?? "/"
        return path.hasSuffix("/") ? path : path + "/"
    }
}
