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

    /// Creates a loader for the site in `root`.
    public init(root: String, fileSystem: FileSystem = .disk, includeDrafts: Bool = false, baseURL: String? = nil) {
        self.root = root
        self.fileSystem = fileSystem
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }

    /// Reads the whole site.
    /// - Returns: the site and the warnings found.
    /// - Throws: every error found in every file, with the warnings.
    public func load() throws(BuildFailure) -> (Site, [Diagnostic]) {
        let reader = SourceReader(fileSystem: fileSystem, root: root)
        let configFile: SourceFile
        do {
            configFile = try reader.read("content/site.yml")
        } catch {
            throw BuildFailure([error])
        }
        let (loaded, configDiagnostics) = SiteConfigLoader().load(configFile, baseURLOverride: baseURL)
        guard let config = loaded else { throw BuildFailure(configDiagnostics) }
        var diagnostics = configDiagnostics
        let posts = loadPosts(PostLoader(reader: reader, config: config), &diagnostics)
        let pages = loadPages(PageLoader(reader: reader), &diagnostics)
        let staticFiles = loadStaticFiles(&diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { throw BuildFailure(diagnostics) }
        return (Site(config: config, posts: posts, pages: pages, staticFiles: staticFiles), diagnostics.sorted())
    }

    /// Files under `content/static/`, relative to it; a folder that cannot be listed is an error, not an empty site.
    private func loadStaticFiles(_ diagnostics: inout [Diagnostic]) -> [String] {
        guard fileSystem.kind(root + "/content/static") == .directory else { return [] }
        do {
            return try fileSystem.files(below: root + "/content/static")
        } catch {
            diagnostics.append(
                Diagnostic(
                    "could not list content/static (\(SourceReader.reason(error))); check its permissions",
                    at: SourceLocation(path: "content/static", line: 1)))
            return []
        }
    }

    private func folders(in relative: String) -> [String] {
        guard fileSystem.kind(root + "/" + relative) == .directory,
            let names = try? fileSystem.list(root + "/" + relative)
        else { return [] }
        return names.filter { !$0.hasPrefix(".") }
    }

    private func loadPosts(_ loader: PostLoader, _ diagnostics: inout [Diagnostic]) -> [Post] {
        var posts: [Post] = []
        var bySlug: [String: String] = [:]
        for name in folders(in: "content/posts") {
            let folder = "content/posts/" + name
            guard fileSystem.kind(root + "/" + folder) == .directory else {
                diagnostics.append(
                    Diagnostic(
                        "posts are folders holding an index.md; move this file into a folder of its own",
                        at: SourceLocation(path: folder, line: 1)
                    ))
                continue
            }
            switch loader.load(folder: folder) {
            case .failure(let failure):
                diagnostics += failure.diagnostics
            case .success(let (post, warnings)):
                diagnostics += warnings
                guard includeDrafts || !post.draft else { continue }
                if let other = bySlug[post.slug] {
                    diagnostics.append(
                        Diagnostic(
                            "the slug '\(post.slug)' is also used by \(other)/index.md; give one of them another 'slug'",
                            at: SourceLocation(path: folder + "/index.md", line: 1)
                        ))
                }
                bySlug[post.slug] = folder
                posts.append(post)
            }
        }
        return posts.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
    }

    private func loadPages(_ loader: PageLoader, _ diagnostics: inout [Diagnostic]) -> [Page] {
        var pages: [Page] = []
        for name in folders(in: "content/pages") {
            let path = "content/pages/" + name
            guard name.hasSuffix(".md"), fileSystem.kind(root + "/" + path) == .file else {
                diagnostics.append(
                    Diagnostic(
                        .warning, "only .md files in content/pages are pages; this one is ignored",
                        at: SourceLocation(path: path, line: 1)
                    ))
                continue
            }
            switch loader.load(path: path) {
            case .failure(let failure): diagnostics += failure.diagnostics
            case .success(let (page, warnings)):
                diagnostics += warnings
                if Self.reservedPageNames.contains(page.name) {
                    diagnostics.append(
                        Diagnostic(
                            "a page named '\(page.name)' would collide with the site's own '\(page.name)' output; rename it",
                            at: SourceLocation(path: path, line: 1)
                        ))
                }
                pages.append(page)
            }
        }
        return pages
    }
}
