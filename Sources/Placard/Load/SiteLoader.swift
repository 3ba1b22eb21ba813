/// Reads a site folder's `content/`: `site.yml`, every post, every page and the static files.
public struct SiteLoader: Sendable {
    /// Names a page cannot have, because the build writes folders of these names.
    static let reservedPageNames: Set = ["posts", "tags", "page", "assets", "feed", "sitemap", "404", "index"]

    /// The site folder, which holds `content/`.
    public let root: String
    /// Where files are read from.
    public let fileSystem: FileSystem
    /// Whether draft posts are read.
    public let includeDrafts: Bool
    /// A `base_url` that replaces the one in `site.yml`.
    public let baseURL: String?
    /// Reads the site's files, never through a symbolic link that leads out of the site or into its output folder.
    let reader: SourceReader

    /// Creates a loader for the site in `root`, which builds into `output` (`<root>/public` when not given).
    public init(
        root: String, fileSystem: FileSystem = .disk, includeDrafts: Bool = false, baseURL: String? = nil,
        output: String? = nil
    ) {
        self.root = root
        self.fileSystem = fileSystem
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        reader = SourceReader(fileSystem: fileSystem, root: root, output: output)
    }

    /// What a build reads before its posts: the settings, the standalone pages, the static files, and the list of
    /// post folders, which a build then reads one by one (`loadPost(_:_:_:)`).
    public struct Outline: Sendable {
        /// The site without posts.
        public var site: Site
        /// The post folders, relative to the site folder (`content/posts/a`), in name order.
        public var postFolders: [String]
        /// What was found so far: warnings, and errors in pages and static files when `site.yml` itself loaded.
        public var diagnostics: [Diagnostic]
        /// `site.yml`'s settings.
        public var config: SiteConfig { site.config }
    }

    /// Reads everything but the posts.
    /// - Throws: when `site.yml` cannot be read or understood, since nothing else can be read without it.
    public func outline() throws(BuildFailure) -> Outline {
        let configFile: SourceFile
        do {
            configFile = try reader.read("content/site.yml")
        } catch {
            throw BuildFailure([error])
        }
        let (loaded, configDiagnostics) = SiteConfigLoader().load(configFile, baseURLOverride: baseURL)
        guard let config = loaded else { throw BuildFailure(configDiagnostics) }
        var diagnostics = configDiagnostics
        var postFolders: [String] = []
        for name in folders(in: "content/posts", &diagnostics) {
            let folder = "content/posts/" + name
            guard fileSystem.kind(root + "/" + folder) == .directory else {
                diagnostics.append(
                    Diagnostic(
                        "posts are folders holding an index.md; move this file into a folder of its own",
                        at: SourceLocation(path: folder, line: 1)
                    ))
                continue
            }
            postFolders.append(folder)
        }
        let pages = loadPages(PageLoader(reader: reader), config: config, &diagnostics)
        let staticFiles = loadStaticFiles(&diagnostics)
        let site = Site(config: config, posts: [], pages: pages, staticFiles: staticFiles)
        return Outline(site: site, postFolders: postFolders, diagnostics: diagnostics)
    }

    /// Reads one post folder; `nil` for a post with errors (added to `diagnostics`) and for a draft when drafts are
    /// not built.
    func loadPost(_ folder: String, _ loader: PostLoader, _ diagnostics: inout [Diagnostic]) -> Post? {
        switch loader.load(folder: folder) {
        case .failure(let failure):
            diagnostics += failure.diagnostics
            return nil
        case .success((var post, let warnings)):
            diagnostics += warnings
            if !includeDrafts { post.translations.removeAll(where: \.draft) }
            return includeDrafts || !post.draft ? post : nil
        }
    }

    /// Files under `content/static/`, relative to it; a folder that cannot be listed is an error, not an empty site.
    private func loadStaticFiles(_ diagnostics: inout [Diagnostic]) -> [String] {
        reader.files(inOptional: "content/static", &diagnostics)
    }

    /// The content names in a folder of the site; none when it is missing, or a symbolic link the bounds refuse, and
    /// an error, not an empty site, when it cannot be listed.
    private func folders(in relative: String, _ diagnostics: inout [Diagnostic]) -> [String] {
        if let refusal = reader.refusal(relative) {
            diagnostics.append(refusal)
            return []
        }
        guard fileSystem.kind(root + "/" + relative) == .directory else { return [] }
        do {
            return try fileSystem.list(root + "/" + relative).filter { !SourceNames.isIgnored($0) }
        } catch {
            diagnostics.append(
                Diagnostic(
                    "could not list \(relative) (\(SourceReader.reason(error))); check its permissions",
                    at: SourceLocation(path: relative, line: 1)))
            return []
        }
    }

    private func loadPages(_ loader: PageLoader, config: SiteConfig, _ diagnostics: inout [Diagnostic]) -> [Page] {
        var pages: [Page] = []
        var translations: [(name: String, language: String, path: String)] = []
        // The names of the files read as pages, whether or not they loaded.
        var originals: Set<String> = []
        let names = folders(in: "content/pages", &diagnostics)
        for name in names {
            let path = "content/pages/" + name
            guard name.hasSuffix(".md"), fileSystem.kind(root + "/" + path) == .file else {
                diagnostics.append(
                    Diagnostic(
                        .warning, "only .md files in content/pages are pages; this one is ignored",
                        at: SourceLocation(path: path, line: 1)
                    ))
                continue
            }
            if let (stem, code) = PostFolderNames.split(name) {
                if let problem = Self.pageTranslationProblem(stem: stem, code: code, names: names, config: config) {
                    diagnostics.append(Diagnostic(problem.0, problem.1, at: SourceLocation(path: path, line: 1)))
                    if problem.0 == .error { continue }
                } else if config.otherLanguages.contains(where: { $0.code == code }) {
                    translations.append((stem, code, path))
                    continue
                }
            }
            originals.insert(String(name.dropLast(3)))
            if let page = loadPage(path, loader, config: config, &diagnostics) { pages.append(page) }
        }
        addTranslations(translations, to: &pages, originals: originals, loader, config: config, &diagnostics)
        return pages
    }

    /// Reads one page; a name the build's own output or a language's folder has is an error.
    private func loadPage(
        _ path: String, _ loader: PageLoader, config: SiteConfig, _ diagnostics: inout [Diagnostic]
    ) -> Page? {
        switch loader.load(path: path) {
        case .failure(let failure):
            diagnostics += failure.diagnostics
            return nil
        case .success((var page, let warnings)):
            diagnostics += warnings
            let isLanguage = config.otherLanguages.contains { $0.code == page.name }
            if Self.reservedPageNames.contains(page.name) || isLanguage {
                diagnostics.append(
                    Diagnostic(
                        "a page named '\(page.name)' would collide with the site's own '\(page.name)' output; rename it",
                        at: SourceLocation(path: path, line: 1)
                    ))
            }
            page.language = config.language
            return page
        }
    }

    /// Reads each page translation into its original's `translations`; one without an original file is an error. One
    /// whose original has errors (reported at it) is still read, so that its own are reported too.
    /// - Parameter originals: the names of the files read as pages, `about` for `about.md`.
    private func addTranslations(
        _ translations: [(name: String, language: String, path: String)], to pages: inout [Page],
        originals: Set<String>, _ loader: PageLoader, config: SiteConfig, _ diagnostics: inout [Diagnostic]
    ) {
        let order = config.otherLanguages.map(\.code)
        for (name, language, path) in translations {
            guard originals.contains(name) else {
                diagnostics.append(
                    Diagnostic(
                        "this translation has no original: add content/pages/\(name).md, the page in the site's "
                            + "default language (\(config.language))", at: SourceLocation(path: path, line: 1)))
                continue
            }
            switch loader.loadTranslation(path: path, language: language) {
            case .failure(let failure): diagnostics += failure.diagnostics
            case .success(let (translation, warnings)):
                diagnostics += warnings
                guard let index = pages.firstIndex(where: { $0.name == name }) else { continue }
                pages[index].translations.append(translation)
                pages[index].translations.sort {
                    order.firstIndex(of: $0.language)! < order.firstIndex(of: $1.language)!
                }
            }
        }
    }

    /// What is wrong with a page file named `<stem>.<code>.md` that reads as a translation: an error for a language
    /// the site does not have, a warning when a site in one language publishes it as a page of its own; nil for a
    /// translation, or a name that does not read as one.
    private static func pageTranslationProblem(
        stem: String, code: String, names: [String], config: SiteConfig
    ) -> (Diagnostic.Severity, String)? {
        if config.otherLanguages.contains(where: { $0.code == code }) { return nil }
        guard code == config.language || LanguageCode.isLanguageLike(code) else { return nil }
        guard config.isMultilingual else {
            guard names.contains(stem + ".md") else { return nil }
            return (
                .warning,
                "this is published as the page /\(stem).\(code)/; to make it the '\(code)' translation of "
                    + "\(stem).md, list the site's languages under 'languages:' in content/site.yml"
            )
        }
        return (.error, PostFolderNames.problem(code, original: "\(stem).md", config))
    }
}
