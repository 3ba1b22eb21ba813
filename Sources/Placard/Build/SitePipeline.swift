import Dispatch
import Foundation
import Synchronization

/// The build's stages, shared by `build`, `check` and `serve`'s rebuilds.
///
/// Posts do not depend on each other, so each is loaded, parsed and rendered on its own, on every core at once, and
/// its files go straight to the writer: memory holds the posts being rendered, not the site. What the lists need of
/// each post (a ``PostDigest``) is kept; the index, tag pages, site feed and sitemap are rendered from digests once
/// every post is done.
struct SitePipeline: Sendable {
    let options: BuildOptions
    let fileSystem: FileSystem

    /// What every post needs before it renders: settings, standalone pages, templates and the theme's assets.
    struct Prepared: Sendable {
        var outline: SiteLoader.Outline
        var templates: TemplateSet
        /// The theme's words in each of the site's languages, by code.
        var strings: [String: ThemeStrings]
        var assets: [String]
        /// Warnings so far, and errors in standalone pages or static files (which do not stop posts rendering).
        var diagnostics: [Diagnostic]
        let loader: SiteLoader

        var renderer: SiteRenderer { SiteRenderer(site: outline.site, templates: templates, strings: strings) }
    }

    /// One post folder's outcome: its digest, unless it has errors or is a draft left out; and its diagnostics.
    struct PostResult: Sendable {
        var folder: String
        var digest: PostDigest?
        var diagnostics: [Diagnostic]
    }

    private var loader: SiteLoader {
        SiteLoader(
            root: options.source, fileSystem: fileSystem, includeDrafts: options.includeDrafts,
            baseURL: options.baseURL, output: options.output)
    }

    /// Reads settings, pages, static files, templates and the list of posts.
    /// - Throws: when `site.yml` or the templates cannot be used; both are reported together.
    func prepare() throws(BuildFailure) -> Prepared {
        let loader = self.loader
        let reader = loader.reader
        var failures: [Diagnostic] = []
        var outlined: (SiteLoader.Outline, [Diagnostic])?
        var templates: TemplateSet?
        do { outlined = try loader.outline() } catch { failures += error.diagnostics }
        do {
            let set = try TemplateSet(folder: "templates", reader: reader)
            try set.require(SiteRenderer.requiredTemplates)
            templates = set
        } catch {
            failures += error.diagnostics
        }
        guard let (outline, found) = outlined, let templates else {
            if let (outline, diagnostics) = outlined {
                failures += diagnostics + Self.postDiagnostics(outline, loader: loader)
            }
            throw BuildFailure(failures)
        }
        var diagnostics = found
        let used = Set(templates.stringUses.map(\.key))
        let (strings, stringProblems) = ThemeStringsLoader(reader: reader).load(outline.config, used: used)
        diagnostics += stringProblems
        let known = Set(strings.values.flatMap(\.table.keys))
        diagnostics += templates.unknownStrings(
            known: known, defaultFile: "\(ThemeStringsLoader.folder)/\(outline.config.language).yml")
        var assets: [String] = []
        let assetsFolder = options.source + "/templates/assets"
        if fileSystem.kind(assetsFolder) == .directory {
            do {
                let listing = try reader.walk("templates/assets")
                diagnostics += listing.diagnostics(in: "templates/assets")
                assets = listing.files
            } catch {
                diagnostics.append(
                    Diagnostic(
                        "could not list templates/assets (\(SourceReader.reason(error))); check its permissions",
                        at: SourceLocation(path: "templates/assets", line: 1)))
            }
        }
        return Prepared(
            outline: outline, templates: templates, strings: strings, assets: assets, diagnostics: diagnostics,
            loader: loader)
    }

    /// Every diagnostic the posts have, for a build that cannot render them (its templates are broken) but should
    /// still report everything wrong at once.
    private static func postDiagnostics(_ outline: SiteLoader.Outline, loader: SiteLoader) -> [Diagnostic] {
        let postLoader = PostLoader(reader: loader.reader, config: outline.config)
        var diagnostics: [Diagnostic] = []
        var posts: [Post] = []
        for folder in outline.postFolders {
            if let post = loader.loadPost(folder, postLoader, &diagnostics) { posts.append(post.outline) }
        }
        return diagnostics + SiteLoader.duplicateSlugs(posts)
    }

    /// Loads and renders `folders` in parallel, handing each post's files to `sink` as soon as they are rendered.
    /// - Parameters:
    ///   - keepEntries: whether digests keep their feed entries (for rebuilds); otherwise only the site feed's
    ///     newest entries are kept, in `feed`.
    ///   - progress: called after each post, one call at a time, with the posts done and the total.
    /// - Returns: one result per folder, in the order given, and the site feed's newest entries.
    func renderPosts(
        _ folders: [String], _ prepared: Prepared, keepEntries: Bool = false,
        into sink: @escaping @Sendable (OutputFile) throws(BuildFailure) -> Void,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> (results: [PostResult], feed: [FeedEntry]) {
        let renderer = prepared.renderer
        let postLoader = PostLoader(reader: prepared.loader.reader, config: prepared.outline.config)
        let shared = Shared(count: folders.count, feedLimit: prepared.outline.config.feedLimit)
        let work: @Sendable (Int) -> Void = { index in
            var result = Self.renderPost(folders[index], prepared.loader, postLoader, renderer, sink)
            let entries = result.digest?.entries ?? []
            if !keepEntries { result.digest?.entries = [] }
            shared.results.withLock { $0[index] = result }
            shared.done.withLock { done in
                done.feed.add(entries)
                done.count += 1
                progress(done.count, folders.count)
            }
        }
        if options.parallel {
            DispatchQueue.concurrentPerform(iterations: folders.count, execute: work)
        } else {
            for index in folders.indices { work(index) }
        }
        var feed = shared.done.withLock { $0.feed }
        feed.prune()
        return (shared.results.withLock { $0.map { $0! } }, feed.entries)
    }

    /// What the posts rendering at once share.
    private final class Shared: Sendable {
        let results: Mutex<[PostResult?]>
        let done: Mutex<(count: Int, feed: FeedSelection)>

        init(count: Int, feedLimit: Int) {
            results = Mutex(Array(repeating: nil, count: count))
            done = Mutex((0, FeedSelection(limit: feedLimit)))
        }
    }

    private static func renderPost(
        _ folder: String, _ loader: SiteLoader, _ postLoader: PostLoader, _ renderer: SiteRenderer,
        _ sink: @Sendable (OutputFile) throws(BuildFailure) -> Void
    ) -> PostResult {
        var diagnostics: [Diagnostic] = []
        guard let post = loader.loadPost(folder, postLoader, &diagnostics) else {
            return PostResult(folder: folder, digest: nil, diagnostics: diagnostics)
        }
        // Each file goes to the writer as soon as it is rendered; only its path and sitemap entry are kept. A write
        // that fails is reported and the post's other files still go.
        var paths: [String] = []
        var pages: [SitemapEntry] = []
        var entries: [FeedEntry] = []
        do throws(BuildFailure) {
            entries = try renderer.postFiles(post) { rendered in
                var file = rendered
                if file.source == nil { file.source = post.folder + "/index.md" }
                paths.append(file.path)
                if let page = SitemapEntry(file) { pages.append(page) }
                do throws(BuildFailure) { try sink(file) } catch { diagnostics += error.diagnostics }
            }
        } catch {
            return PostResult(folder: folder, digest: nil, diagnostics: diagnostics + error.diagnostics)
        }
        let digest = PostDigest(
            post: post.outline, files: paths, htmlFiles: paths.count { $0.hasSuffix(".html") }, pages: pages,
            entries: entries)
        return PostResult(folder: folder, digest: digest, diagnostics: diagnostics)
    }

    /// Every file that is not a post's own: lists, site feed, pages, 404, assets, static files, the sitemap, and the
    /// redirect pages and rules of the aliases (``RedirectPages``).
    /// - Parameter digests: the posts that built, in any order.
    /// - Parameter write: receives each file as soon as it is made.
    /// - Throws: a template that nests without end; an error at each alias that another one has too or whose page
    ///   another file takes (``redirects(_:_:_:watching:into:)``).
    func siteFiles(
        _ digests: [PostDigest], _ prepared: Prepared, entries: [FeedEntry], into write: (OutputFile) -> Void
    ) throws(BuildFailure) {
        var site = prepared.outline.site
        site.posts = SiteLoader.newestFirst(digests.map(\.post))
        let urls = URLs(baseURL: site.config.baseURL)
        let table = AliasTable(posts: site.posts, pages: site.pages, urls: urls)
        // Only the files an alias's page could collide with are kept, and none when the site has no alias.
        var watch = AliasTable.Watch(table)
        if watch.isWatching {
            for digest in digests {
                let source = digest.post.folder + "/index.md"
                for path in digest.files { watch.note(path, source: source) }
            }
        }
        try SiteRenderer(site: site, templates: prepared.templates, strings: prepared.strings).siteFiles(
            entries: entries, postPages: digests.flatMap(\.pages), assets: prepared.assets
        ) { file in
            if watch.isWatching { watch.note(file.path, source: file.source) }
            write(file)
        }
        try redirects(site, table, prepared, watching: watch, into: write)
    }

    /// ``siteFiles(_:_:entries:into:)`` written into `transaction`, each file as it is made.
    /// - Returns: the paths of the files.
    /// - Throws: every file that could not be staged, once all were tried; or a template that nests without end.
    func addSiteFiles(
        _ digests: [PostDigest], _ prepared: Prepared, entries: [FeedEntry], to transaction: OutputTransaction
    ) throws(BuildFailure) -> Set<String> {
        var paths: Set<String> = []
        var failures: [Diagnostic] = []
        try siteFiles(digests, prepared, entries: entries) { file in
            paths.insert(file.path)
            do throws(BuildFailure) { try transaction.add(file) } catch { failures += error.diagnostics }
        }
        if !failures.isEmpty { throw BuildFailure(failures) }
        return paths
    }
}

/// What the index, tag pages, site feed and sitemap need of a post once its own pages are written.
struct PostDigest: Sendable {
    /// The post without its body, its updates' bodies or its comments.
    var post: Post
    /// The files it made, below the output folder.
    var files: [String]
    /// How many of them are `.html` pages, counted once.
    var htmlFiles: Int
    /// Its pages in the sitemap.
    var pages: [SitemapEntry]
    /// Its entries for the site feed.
    var entries: [FeedEntry]

    /// Whether the lists, the site feed or the sitemap would show this post differently from `other`.
    func listsDiffer(from other: PostDigest) -> Bool {
        let (a, b) = (post, other.post)
        return a.slug != b.slug || a.title != b.title || a.date != b.date || a.summary != b.summary
            || a.tags != b.tags || a.modified != b.modified || a.aliases != b.aliases
            || a.updates.map(\.aliases) != b.updates.map(\.aliases)
            || a.updates.map { [$0.title, $0.key, "\($0.date.timeIntervalSince1970)"] }
                != b.updates.map { [$0.title, $0.key, "\($0.date.timeIntervalSince1970)"] }
            || pages != other.pages || entries != other.entries
            || a.translations.map(\.listed) != b.translations.map(\.listed)
    }
}

extension Translation {
    /// What lists show of a translation, to tell whether they changed.
    fileprivate var listed: [String] {
        [language, title ?? "", slug ?? "", summary ?? "", (tags ?? []).joined(separator: "\n"), draft ? "d" : ""]
            + updates.map { $0.key + "\n" + ($0.title ?? "") }
    }
}

extension Post {
    /// The post as lists, feeds and the sitemap need it: without its body, its updates' bodies or its comments.
    var outline: Post {
        var post = self
        post.body.text = ""
        post.updates = updates.map { update in
            var update = update
            update.body.text = ""
            return update
        }
        post.comments = .empty
        post.translations = translations.map { translation in
            var translation = translation
            translation.body.text = ""
            translation.updates = translation.updates.map { update in
                var update = update
                update.body.text = ""
                return update
            }
            return translation
        }
        return post
    }
}
