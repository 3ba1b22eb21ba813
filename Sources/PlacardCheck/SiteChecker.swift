import Foundation
public import Placard

/// Builds the site in memory and checks what the build would write: that no page or stylesheet loads anything from
/// another host (or a `data:` URL, or a script), that every page carries a strict Content-Security-Policy, and that
/// every reference to a file or an anchor of the site resolves, in pages, stylesheets, feeds and the sitemap. Links to
/// other sites are fine; nothing is written.
public struct SiteChecker: Sendable {
    /// The site to check; its output folder is not read.
    public let options: BuildOptions
    /// Where the site's files are read.
    public let fileSystem: FileSystem

    /// Creates a checker.
    public init(_ options: BuildOptions, fileSystem: FileSystem = .disk) {
        self.options = options
        self.fileSystem = fileSystem
    }

    /// Renders the site and checks every HTML page and stylesheet of the output.
    /// - Returns: the pages checked, the content's warnings and every problem found in the output; the check
    ///   passed when it holds no error. Diagnostics name the file as `public/<path>`.
    /// - Throws: the content's and templates' errors, as `placard build` reports them, when the site does not build.
    public func check() async throws(BuildFailure) -> CheckReport {
        try await offThePool { () throws(BuildFailure) in try checkHere() }
    }

    /// ``check()`` on the calling thread.
    private func checkHere() throws(BuildFailure) -> CheckReport {
        let collection = OutputCollection()
        var built: BuiltSite?
        _ = try SitePipeline(options: options, fileSystem: fileSystem).run(.site, site: &built, into: collection)
        let site = built!
        let files = collection.sorted
        let checker = PageChecker(resolver: try Self.resolver(baseURL: site.inputs.outline.config.baseURL))
        var diagnostics = site.warnings + site.site.translationStatus.compactMap(\.warning)
        var checked: [CheckedFile] = []
        for output in files where Self.isFeedOrSitemap(output) {
            guard case .data(let data) = output.contents else { continue }
            let file = SourceFile(path: "public/" + output.path, text: String(decoding: data, as: UTF8.self))
            checked.append(checker.check(xml: file, at: output.path))
        }
        diagnostics += files.filter { $0.path.hasSuffix(".svgz") }.map(Self.unreadable)
        for output in files where Self.isChecked(output.path) {
            let file: SourceFile
            do {
                file = SourceFile(path: "public/" + output.path, text: try text(of: output))
            } catch {
                diagnostics.append(error)
                continue
            }
            if output.path.hasSuffix(".css") {
                checked.append(checker.check(stylesheet: file, at: output.path))
            } else if output.path.hasSuffix(".svg") {
                checked.append(checker.check(svg: file, at: output.path))
            } else {
                checked.append(checker.check(page: file, at: output.path))
            }
        }
        let links = LinkChecker(
            files: Set(files.map(\.path)),
            ids: Dictionary(
                checked.filter { $0.path.hasSuffix(".html") }.map { ($0.path, $0.ids) },
                uniquingKeysWith: { first, _ in first }),
            redirects: LinkChecker.redirects(of: checked))
        for file in checked { diagnostics += file.diagnostics + links.check(file) }
        return CheckReport(
            pages: checked.count { $0.path.hasSuffix(".html") },
            stylesheets: checked.count { $0.path.hasSuffix(".css") },
            diagnostics: diagnostics.sorted()
        )
    }

    /// The error for a compressed SVG, which a browser runs as an SVG but which cannot be read here.
    private static func unreadable(_ output: OutputFile) -> Diagnostic {
        Diagnostic(
            "a compressed SVG cannot be checked for scripts and foreign resources; publish it as .svg",
            at: output.source.map { SourceLocation(path: $0, line: 1) })
    }

    /// Whether an output file is read as a page, a stylesheet or an SVG image.
    private static func isChecked(_ path: String) -> Bool {
        path.hasSuffix(".html") || path.hasSuffix(".css") || path.hasSuffix(".svg")
    }

    /// Whether an output file is a feed or the sitemap the build renders (not a copied file of `content/static`).
    private static func isFeedOrSitemap(_ output: OutputFile) -> Bool {
        guard case .data = output.contents else { return false }
        return output.path == "sitemap.xml" || output.path == "feed.xml" || output.path.hasSuffix("/feed.xml")
    }

    /// The text of an output file: rendered, or read from the file it copies.
    private func text(of output: OutputFile) throws(Diagnostic) -> String {
        switch output.contents {
        case .data(let data):
            return String(decoding: data, as: UTF8.self)
        case .copy(let source):
            return try SourceReader(fileSystem: fileSystem, root: options.source).read(source).text
        }
    }

    /// A resolver for the `base_url` the build used: `--base-url`, or site.yml's.
    private static func resolver(baseURL: String) throws(BuildFailure) -> URLResolver {
        guard let resolver = URLResolver(baseURL: baseURL) else {
            let location = SourceLocation(path: "content/site.yml", line: 1)
            throw BuildFailure([
                Diagnostic("'base_url' must be an absolute URL such as https://example.org/", at: location)
            ])
        }
        return resolver
    }
}
