import Foundation
import Templates

/// Renders every page of a loaded site through the theme's templates; nothing is written here.
struct SiteRenderer: Sendable {
    /// The templates a site needs, one per kind of page.
    static let requiredTemplates = ["index", "post", "comments", "update", "tag", "page", "404"]

    let site: Site
    let templates: TemplateSet
    /// Each of the site's languages, by code.
    let languages: [String: LocalizedSite]
    /// The default language, whose pages are at the site's root.
    let main: LocalizedSite
    /// `site` in every page's context, by language.
    private let siteContexts: [String: TemplateValue]

    var dates: DateStyle { main.dates }
    var urls: URLs { main.urls }

    /// - Parameter strings: the theme's words by language; a language without them has Placard's English.
    init(site: Site, templates: TemplateSet, strings: [String: ThemeStrings] = [:]) {
        self.site = site
        self.templates = templates
        let config = site.config
        var languages: [String: LocalizedSite] = [:]
        for code in config.languageCodes {
            languages[code] = LocalizedSite(
                code: code, site: config, strings: strings[code] ?? strings[config.language] ?? .englishOnly,
                keys: templates.library.key)
        }
        self.languages = languages
        main = languages[config.language]!
        var contexts: [String: TemplateValue] = [:]
        for (code, language) in languages { contexts[code] = Self.siteContext(site, language, languages) }
        siteContexts = contexts
    }

    /// `site`: the settings in the language, and the standalone pages (each in the language when it is translated).
    private static func siteContext(
        _ site: Site, _ language: LocalizedSite, _ languages: [String: LocalizedSite]
    ) -> TemplateValue {
        let config = language.config
        let pages = site.pages.map { page in
            let version = page.translations.first { $0.language == language.code }.map(page.translated) ?? page
            let urls = languages[version.language]?.urls ?? language.urls
            var fields = TemplateFields([.title: .text(version.title), .url: .text(urls.link(urls.page(version)))])
            if version.language != language.code {
                fields[.foreign] = .bool(true)
                fields[.lang] = .text(version.language)
            }
            return fields
        }
        var context = TemplateFields([
            .title: .text(config.title), .baseURL: .text(config.baseURL), .language: .text(config.language),
            .description: .text(config.description ?? ""), .hasDescription: .bool(config.description != nil),
            .pages: .list(pages),
        ])
        if let author = config.author {
            context[.author] = .fields([.name: .text(author.name), .url: .text(author.url ?? "")])
        }
        return .object(context)
    }

    /// The files that list posts or belong to the whole site, in each language: the index, tag pages, the feed,
    /// standalone pages and the 404 page; then the theme's assets, static files, and the sitemap of these and of
    /// `postPages`.
    /// - Parameters:
    ///   - entries: the feeds' entries, in every language (any order; only each feed's newest `feed_limit` are
    ///     written).
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
        let indexes = site.config.languageCodes.map {
            PageAlternate(language: $0, url: languages[$0]!.urls.index(page: 1))
        }
        for code in site.config.languageCodes {
            let language = languages[code]!
            try languageFiles(
                language, entries: entries.filter { $0.language == code }, indexes: indexes.count > 1 ? indexes : [],
                into: emit)
        }
        for asset in assets { emit(OutputFile(path: "assets/\(asset)", copying: "templates/assets/\(asset)")) }
        for path in site.staticFiles { emit(OutputFile(path: path, copying: "content/static/\(path)")) }
        let sitemap = SitemapWriter(urls: urls, dates: dates, defaultLanguage: main.code)
        for file in sitemap.files(for: postPages + listed) { write(file) }
    }

    /// One language's index, feed, tag pages, standalone pages and 404 page.
    private func languageFiles(
        _ language: LocalizedSite, entries: [FeedEntry], indexes: [PageAlternate], into emit: (OutputFile) -> Void
    ) throws(BuildFailure) {
        let posts = listedPosts(in: language)
        let listedPosts = ListedPosts(posts: posts, language: language) { [self] in presenter($0, listedIn: language) }
        let summaries = posts.indices.map { TemplateValue.object(ListedPost(list: listedPosts, index: $0)) }
        let newest = posts.map(\.modified).max()
        try listPages(
            summaries, url: language.urls.index(page:), template: "index", title: language.config.title,
            extra: TemplateFields([:]), modified: newest, in: language, alternates: indexes, into: emit)
        let feedPath = language.urls.file(named: "feed.xml")
        emit(OutputFile(path: feedPath, text: feed(entries, url: language.urls.prefix, in: language).xml()))
        try tagPages(posts, summaries, in: language, into: emit)
        for page in site.pages { try pageFiles(page, in: language, into: emit) }
        let notFound = language.strings["not_found"]
        let path = language.urls.file(named: "404.html")
        emit(try render("404", file: path, url: path, title: notFound, TemplateFields([:]), in: language))
    }

    /// The posts a language's index lists, newest first: the posts translated into it (as their translations show
    /// them), and, when the language says `list_untranslated`, the others as they are.
    func listedPosts(in language: LocalizedSite) -> [Post] {
        guard !language.isDefault else { return site.posts }
        let listsAll = site.config.siteLanguage(language.code)?.listUntranslated ?? false
        return site.posts.compactMap { post in
            if let translation = post.translation(language.code) { return post.translated(translation) }
            return listsAll ? post : nil
        }
    }

    /// A presenter for a post as a list in `language` shows it: its own URLs and words, that language's dates.
    private func presenter(_ post: Post, listedIn language: LocalizedSite) -> PostPresenter {
        PostPresenter(post: post, language: languages[post.language] ?? main, dates: language.dates)
    }

    /// An Atom feed of entries for the page at `url`.
    func feed(_ entries: [FeedEntry], url: String, title: String? = nil, in language: LocalizedSite) -> AtomFeed {
        AtomFeed(
            title: title ?? language.config.title, id: urls.absolute(url), selfURL: urls.absolute(url + "feed.xml"),
            alternateURL: urls.absolute(url), author: site.config.author, subtitle: language.config.description,
            language: language.code, entries: entries, limit: site.config.feedLimit)
    }

    func render(
        _ template: String, url: String, title: String, _ context: TemplateFields, in language: LocalizedSite,
        alternates: [PageAlternate] = []
    ) throws(BuildFailure) -> OutputFile {
        try render(
            template, file: urls.file(url), url: url, title: title, context, in: language, alternates: alternates)
    }

    private func render(
        _ template: String, file: String, url: String, title: String, _ context: TemplateFields,
        in language: LocalizedSite, alternates: [PageAlternate] = []
    ) throws(BuildFailure) -> OutputFile {
        var context = context.merging(alternatesContext(alternates, current: language.code))
        context[.site] = siteContexts[language.code] ?? siteContexts[main.code]!
        context[.root] = .text(urls.root)
        context[.home] = .text(urls.link(language.urls.prefix))
        context[.title] = .text(title)
        context[.canonical] = .text(urls.absolute(url))
        context[.feedURL] = .text(urls.link(language.urls.file(named: "feed.xml")))
        context[.i18n] = language.i18n
        var output = OutputFile(path: file, data: try templates.render(template, context))
        output.alternates = alternates.count > 1 ? alternates : []
        return output
    }
}
