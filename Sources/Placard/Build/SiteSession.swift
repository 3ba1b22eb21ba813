import Foundation

/// A site kept between builds, for `placard serve`: after a save, only what the changed files affect is rendered and
/// written.
///
/// - A post's own files (its folder: `index.md`, `updates/`, `comments.yml`, files beside them) re-render that post's
///   pages and feed; the index, tag pages, site feed and sitemap re-render too when what they show of the post
///   changed (title, dates, summary, tags, updates, feed entries, its list of pages).
/// - A template, `site.yml`, a standalone page, a static file or a post folder's creation as a plain file re-render
///   everything.
///
/// A rebuild that finds errors writes nothing, and the output keeps the last good site; the folders it could not
/// build are tried again with the next change, so a later save that fixes them brings the site up to date.
/// One rebuild at a time: calls must not overlap.
public final class SiteSession: @unchecked Sendable {
    /// What to build.
    public let options: BuildOptions
    /// Where files are read and written.
    public let fileSystem: FileSystem

    private var pipeline: SitePipeline { SitePipeline(options: options, fileSystem: fileSystem) }
    /// The last good build's inputs and outputs; `nil` until a build succeeds.
    private var state: State?
    /// Source paths changed since the last good build, rebuilt with the next change.
    private var pending: Set<String> = []

    private struct State {
        var prepared: SitePipeline.Prepared
        /// Every post that built, by folder.
        var digests: [String: PostDigest]
        /// Every post folder's warnings, by folder.
        var warnings: [String: [Diagnostic]]
        /// The files that are not a post's own.
        var siteFiles: Set<String>
    }

    /// Creates a session; nothing is read until ``build()``.
    public init(_ options: BuildOptions, fileSystem: FileSystem = .disk) {
        self.options = options
        self.fileSystem = fileSystem
    }

    /// Builds everything.
    /// - Throws: every error; nothing is written then.
    public func build() throws(BuildFailure) -> SiteChange {
        let start = DispatchTime.now()
        try OutputGuard(fileSystem: fileSystem).check(options)
        let pipeline = self.pipeline
        let prepared = try pipeline.prepare()
        let transaction = OutputTransaction(fileSystem: fileSystem, root: options.source, output: options.output)
        do {
            let (results, _) = pipeline.renderPosts(
                prepared.outline.postFolders, prepared, keepEntries: true, into: transaction.add)
            _ = try SiteBuilder.digests(results, prepared)
            var state = State(prepared: prepared, digests: [:], warnings: [:], siteFiles: [])
            for result in results {
                state.digests[result.folder] = result.digest
                state.warnings[result.folder] = result.diagnostics
            }
            state.siteFiles = try addSiteFiles(state, transaction)
            let report = try transaction.commit(keepingOnly: transaction.made)
            return finish(report, state, since: start)
        } catch {
            transaction.abandon()
            throw error
        }
    }

    /// Rebuilds after `changed` source paths (relative to the site folder, such as `content/posts/a/comments.yml`;
    /// edited, added and deleted files alike) were saved.
    /// - Throws: every error the site now has; nothing is written then.
    public func rebuild(changed: Set<String>) throws(BuildFailure) -> SiteChange {
        let changed = changed.union(pending)
        pending = changed
        guard var state, let folders = postFolders(changed) else { return try build() }
        // `state` becomes the only owner of its tables, so that they change in place instead of being copied whole
        // for one post; what changes is noted, and put back if the rebuild fails.
        self.state = nil
        var undo: [(folder: String, digest: PostDigest?, warnings: [Diagnostic]?)] = []
        let siteFilesBefore = state.siteFiles
        let start = DispatchTime.now()
        let pipeline = self.pipeline
        let transaction = OutputTransaction(fileSystem: fileSystem, root: options.source, output: options.output)
        do {
            let present = folders.filter { fileSystem.kind(options.source + "/" + $0) == .directory }.sorted()
            let (results, _) = pipeline.renderPosts(present, state.prepared, keepEntries: true, into: transaction.add)
            let byFolder = Dictionary(uniqueKeysWithValues: results.map { ($0.folder, $0) })
            var listsChanged = false
            var stale: Set<String> = []
            for folder in folders {
                let old = state.digests[folder]
                undo.append((folder, old, state.warnings[folder]))
                let result = byFolder[folder]
                let new = result?.digest
                state.digests[folder] = new
                state.warnings[folder] = result?.diagnostics
                stale.formUnion(old?.files ?? [])
                switch (old, new) {
                case (nil, nil): break
                case let (old?, new?): listsChanged = listsChanged || new.listsDiffer(from: old)
                default: listsChanged = true
                }
            }
            try check(state)
            if listsChanged {
                let siteFiles = try addSiteFiles(state, transaction)
                stale.formUnion(state.siteFiles.subtracting(siteFiles))
                state.siteFiles = siteFiles
            }
            let report = try transaction.commit(removing: stale.subtracting(transaction.made).sorted())
            return finish(report, state, since: start)
        } catch {
            for change in undo.reversed() {
                state.digests[change.folder] = change.digest
                state.warnings[change.folder] = change.warnings
            }
            state.siteFiles = siteFilesBefore
            self.state = state
            transaction.abandon()
            throw error
        }
    }

    /// The post folders `changed` touches, or `nil` when a change needs a whole build.
    private func postFolders(_ changed: Set<String>) -> Set<String>? {
        var folders: Set<String> = []
        for path in changed {
            let parts = path.split(separator: "/", omittingEmptySubsequences: true)
            guard parts.count >= 3, parts[0] == "content", parts[1] == "posts", !parts[2].hasPrefix(".") else {
                return nil
            }
            let folder = "content/posts/" + parts[2]
            if fileSystem.kind(options.source + "/" + folder) == .file { return nil }
            folders.insert(folder)
        }
        return folders
    }

    /// Throws every error the site has now: in any post, in pages, and slugs that two posts share.
    private func check(_ state: State) throws(BuildFailure) {
        // Most rebuilds have no error: found without sorting every folder's warnings and slugs first.
        let isError = { (diagnostic: Diagnostic) in diagnostic.severity == .error }
        var folderBySlug: [String: String] = [:]
        folderBySlug.reserveCapacity(state.digests.count)
        let sharedSlug = state.digests.contains { folder, digest in
            digest.post.slugClaims.contains { claim in
                folderBySlug.updateValue(folder, forKey: claim.language + "/" + claim.slug.lowercased()) != nil
            }
        }
        guard
            sharedSlug || state.prepared.diagnostics.contains(where: isError)
                || state.warnings.values.contains(where: { $0.contains(where: isError) })
        else { return }
        let folders = state.warnings.keys.sorted()
        var diagnostics = state.prepared.diagnostics + folders.flatMap { state.warnings[$0] ?? [] }
        diagnostics += SiteLoader.duplicateSlugs(folders.compactMap { state.digests[$0]?.post })
        guard diagnostics.contains(where: { $0.severity == .error }) else { return }
        throw BuildFailure(diagnostics)
    }

    /// Renders the lists, feeds and other site files into `transaction`; returns their paths.
    private func addSiteFiles(_ state: State, _ transaction: OutputTransaction) throws(BuildFailure) -> Set<String> {
        let digests = state.digests.keys.sorted().compactMap { state.digests[$0] }
        return try pipeline.addSiteFiles(
            digests, state.prepared, entries: digests.flatMap(\.entries), to: transaction)
    }

    /// Keeps `state` as the last good build, forgets the pending paths, and says what changed.
    private func finish(_ report: OutputTransaction.Report, _ state: State, since start: DispatchTime) -> SiteChange {
        self.state = state
        pending = []
        // Counted, not collected into one set: a post's files are below its own folder, apart from the site's files,
        // and a set of every path made each one-comment rebuild hash the whole site's 5,000 paths of 1,000 posts.
        var files = state.siteFiles.count
        var pages = state.siteFiles.count { $0.hasSuffix(".html") }
        for digest in state.digests.values {
            files += digest.files.count
            pages += digest.htmlFiles
        }
        let warnings = (state.prepared.diagnostics + state.warnings.values.flatMap { $0 }).sorted()
        let summary = BuildSummary(
            pages: pages, files: files, written: report.written,
            removed: report.removed, warnings: warnings,
            seconds: Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        return SiteChange(summary: summary, changedFiles: report.changed)
    }
}

/// What one build of a ``SiteSession`` did.
public struct SiteChange: Sendable {
    /// Counts and warnings, as `placard build` prints them.
    public var summary: BuildSummary
    /// The files written or removed, below the output folder (`posts/a/index.html`), sorted.
    public var changedFiles: [String]
}
