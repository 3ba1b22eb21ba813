/// The one orchestration of a build, which `placard build`, `placard check` and `placard serve`'s rebuilds all run:
/// load (``prepare()``); then each post loaded, parsed and rendered on its own (``renderPosts``); then the site
/// assembled from the posts that built (``SiteIndex``), its errors decided in one place, and the lists, feeds and
/// other site files rendered from it; then the sink committed (``OutputSink``).
///
/// Posts do not depend on each other, so each renders on every core at once, and its files go straight to the sink:
/// memory holds the posts being rendered, not the site. What the lists need of each post (a ``PostDigest``) is kept.
package struct SitePipeline: Sendable {
    let options: BuildOptions
    let fileSystem: FileSystem

    /// A pipeline for the site `options` names, read and written through `fileSystem`.
    package init(options: BuildOptions, fileSystem: FileSystem) {
        self.options = options
        self.fileSystem = fileSystem
    }

    /// What a run renders.
    package enum Scope: Sendable {
        /// Everything: settings, templates, pages, static files and every post.
        case site
        /// The post folders (`content/posts/a`) a save created, changed or deleted since the last good build: those
        /// posts, and the lists, feeds and sitemap only when what they show of one of them changed.
        case posts(Set<String>)
    }

    /// Renders `scope` into `sink`.
    /// - Parameters:
    ///   - site: the last good build, needed for a run of `.posts` (without it the whole site is rendered); brought up
    ///     to date by the run, and left as it was when the run throws.
    ///   - keepingEntries: whether each post's feed entries are kept in ``site`` for later runs of `.posts`;
    ///     otherwise only the site feed's newest are kept while the posts render.
    ///   - progress: called after each post, one call at a time, with the posts done and the total.
    /// - Returns: what the sink's commit changed: for a run of `.site` the output is then every file the sink was
    ///   given; for `.posts`, the files the last build made and this one no longer does are removed.
    /// - Throws: every error the site has; the sink then drops what it was given, and the output is left as it was.
    package func run(
        _ scope: Scope, site: inout BuiltSite?, keepingEntries: Bool = false, into sink: some OutputSink,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws(BuildFailure) -> OutputReport {
        do {
            guard case .posts(let folders) = scope, site != nil else {
                let built = try runAll(keepingEntries: keepingEntries, into: sink, progress: progress)
                let report = try sink.commit(removingStale: nil)
                site = built
                return report
            }
            return try runPosts(folders, site: &site, into: sink, progress: progress)
        } catch {
            sink.abandon()
            throw error
        }
    }

    /// Renders the posts of `folders`, and the site's files when its lists changed, into `sink`, and commits it.
    private func runPosts(
        _ folders: Set<String>, site: inout BuiltSite?, into sink: some OutputSink,
        progress: @escaping @Sendable (Int, Int) -> Void
    ) throws(BuildFailure) -> OutputReport {
        // `site` becomes the only owner of its tables, so that they change in place instead of being copied whole for
        // one post; what changes is noted, and put back if the run fails.
        var built = site.take()!
        defer { site = built }
        var undo: [(folder: String, digest: PostDigest?, diagnostics: [Diagnostic]?)] = []
        let siteFilesBefore = built.siteFiles
        do throws(BuildFailure) {
            let present = folders.filter { fileSystem.kind(options.source + "/" + $0) == .directory }.sorted()
            let (results, _) = renderPosts(present, built.inputs, keepingEntries: true, into: sink, progress: progress)
            let byFolder = Dictionary(uniqueKeysWithValues: results.map { ($0.folder, $0) })
            var listsChanged = false
            var stale: Set<String> = []
            for folder in folders {
                let old = built.index.digests[folder]
                undo.append((folder, old, built.index.diagnostics[folder]))
                let result = byFolder[folder]
                built.index.digests[folder] = result?.digest
                built.index.diagnostics[folder] = result?.diagnostics
                stale.formUnion(old?.files ?? [])
                switch (old, result?.digest) {
                case (nil, nil): break
                case let (old?, new?): listsChanged = listsChanged || new.listsDiffer(from: old)
                default: listsChanged = true
                }
            }
            if let errors = built.index.errors(with: built.inputs.diagnostics) { throw BuildFailure(errors) }
            if listsChanged {
                let siteFiles = try addSiteFiles(built.index, built.inputs, entries: nil, to: sink)
                stale.formUnion(built.siteFiles.subtracting(siteFiles))
                built.siteFiles = siteFiles
            }
            return try sink.commit(removingStale: stale)
        } catch {
            for change in undo.reversed() {
                built.index.digests[change.folder] = change.digest
                built.index.diagnostics[change.folder] = change.diagnostics
            }
            built.siteFiles = siteFilesBefore
            throw error
        }
    }

    /// Renders the whole site into `sink`.
    private func runAll(
        keepingEntries: Bool, into sink: some OutputSink, progress: @escaping @Sendable (Int, Int) -> Void
    ) throws(BuildFailure) -> BuiltSite {
        let inputs = try prepare()
        let (results, feed) = renderPosts(
            inputs.outline.postFolders, inputs, keepingEntries: keepingEntries, into: sink, progress: progress)
        var index = SiteIndex()
        for result in results {
            index.digests[result.folder] = result.digest
            index.diagnostics[result.folder] = result.diagnostics
        }
        if let errors = index.errors(with: inputs.diagnostics) { throw BuildFailure(errors) }
        let siteFiles = try addSiteFiles(index, inputs, entries: keepingEntries ? nil : feed, to: sink)
        return BuiltSite(inputs: inputs, index: index, siteFiles: siteFiles)
    }

    /// Renders every file that is not a post's own into `sink`: lists, site feed, pages, 404, assets, static files,
    /// the sitemap, and the redirect pages and rules of the aliases (``RedirectPages``).
    /// - Parameter entries: the site feed's entries; `nil` for every entry the digests keep.
    /// - Returns: the paths of the files.
    /// - Throws: every file that could not be written, once all were tried; a template that nests without end; an
    ///   error at each alias that another one has too or whose page another file takes
    ///   (``redirects(_:_:_:watching:into:)``).
    private func addSiteFiles(
        _ index: SiteIndex, _ inputs: SiteInputs, entries: [FeedEntry]?, to sink: some OutputSink
    ) throws(BuildFailure) -> Set<String> {
        let digests = index.digests.keys.sorted().compactMap { index.digests[$0] }
        var site = inputs.outline.site
        site.posts = SiteIndex.newestFirst(digests.map(\.post))
        let table = AliasTable(posts: site.posts, pages: site.pages, urls: URLs(baseURL: site.config.baseURL))
        // Only the files an alias's page could collide with are kept, and none when the site has no alias.
        var watch = AliasTable.Watch(table)
        if watch.isWatching {
            for digest in digests {
                let source = digest.post.folder + "/index.md"
                for path in digest.files { watch.note(path, source: source) }
            }
        }
        var paths: Set<String> = []
        var failures: [Diagnostic] = []
        let add = { (file: OutputFile) in
            paths.insert(file.path)
            do throws(BuildFailure) { try sink.add(file) } catch { failures += error.diagnostics }
        }
        try SiteRenderer(site: site, templates: inputs.templates, strings: inputs.strings).siteFiles(
            entries: entries ?? digests.flatMap(\.entries), postPages: digests.flatMap(\.pages),
            assets: inputs.assets
        ) { file in
            if watch.isWatching { watch.note(file.path, source: file.source) }
            add(file)
        }
        try redirects(site, table, inputs, watching: watch, into: add)
        if !failures.isEmpty { throw BuildFailure(failures) }
        return paths
    }
}
