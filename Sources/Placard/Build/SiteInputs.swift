/// What every post needs before it renders: the settings, standalone pages, static files, the list of post folders,
/// the templates and the theme's assets; read once per build, and kept by `placard serve` between rebuilds.
package struct SiteInputs: Sendable {
    package var outline: SiteLoader.Outline
    var templates: TemplateSet
    /// The theme's words in each of the site's languages, by code.
    var strings: [String: ThemeStrings]
    var assets: [String]
    /// Warnings so far, and errors in standalone pages or static files (which do not stop posts rendering).
    var diagnostics: [Diagnostic]
    let loader: SiteLoader

    var renderer: SiteRenderer { SiteRenderer(site: outline.site, templates: templates, strings: strings) }
}

extension SitePipeline {
    private var loader: SiteLoader {
        SiteLoader(
            root: options.source, fileSystem: fileSystem, includeDrafts: options.includeDrafts,
            baseURL: options.baseURL, output: options.output)
    }

    /// Reads settings, pages, static files, templates and the list of posts.
    /// - Throws: when `site.yml` or the templates cannot be used; both are reported together, with every problem the
    ///   posts have.
    func prepare() throws(BuildFailure) -> SiteInputs {
        let loader = self.loader
        var failures: [Diagnostic] = []
        var outlined: SiteLoader.Outline?
        var templates: TemplateSet?
        do { outlined = try loader.outline() } catch { failures += error.diagnostics }
        do {
            let set = try TemplateSet(folder: "templates", reader: loader.reader)
            try set.require(SiteRenderer.requiredTemplates)
            templates = set
        } catch {
            failures += error.diagnostics
        }
        guard let outline = outlined, let templates else {
            if let outline = outlined {
                failures += outline.diagnostics + Self.postDiagnostics(outline, loader: loader)
            }
            throw BuildFailure(failures)
        }
        var diagnostics = outline.diagnostics
        let used = Set(templates.stringUses.map(\.key))
        let (strings, stringProblems) = ThemeStringsLoader(reader: loader.reader).load(outline.config, used: used)
        diagnostics += stringProblems
        let known = Set(strings.values.flatMap(\.table.keys))
        diagnostics += templates.unknownStrings(
            known: known, defaultFile: "\(ThemeStringsLoader.folder)/\(outline.config.language).yml")
        return SiteInputs(
            outline: outline, templates: templates, strings: strings,
            assets: loader.reader.files(inOptional: "templates/assets", &diagnostics), diagnostics: diagnostics,
            loader: loader)
    }

    /// Every diagnostic the posts have, for a build that cannot render them (its templates are broken) but should
    /// still report everything wrong at once.
    private static func postDiagnostics(_ outline: SiteLoader.Outline, loader: SiteLoader) -> [Diagnostic] {
        let postLoader = PostLoader(reader: loader.reader, config: outline.config)
        var diagnostics: [Diagnostic] = []
        var posts: [Post] = []
        for folder in outline.postFolders {
            if let post = loader.loadPost(folder, postLoader, &diagnostics) { posts.append(post.forLists) }
        }
        return diagnostics + SiteIndex.duplicateSlugs(posts)
    }
}
