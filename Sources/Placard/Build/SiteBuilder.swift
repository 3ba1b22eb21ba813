import Foundation
import Synchronization

/// Runs the whole pipeline: load, render, and write only when every page rendered.
public struct SiteBuilder: Sendable {
    /// What to build.
    public let options: BuildOptions
    /// Where files are read and written.
    public let fileSystem: FileSystem

    /// Creates a builder.
    public init(_ options: BuildOptions, fileSystem: FileSystem = .disk) {
        self.options = options
        self.fileSystem = fileSystem
    }

    /// Builds the site into the output folder.
    /// - Returns: what was done, with the content's warnings.
    /// - Throws: every error found; the output folder is then left as it was.
    /// - Parameter progress: called as posts render, one call at a time, with how many are done and how many there
    ///   are.
    public func build(progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws(BuildFailure)
        -> BuildSummary
    {
        let start = DispatchTime.now()
        try OutputGuard(fileSystem: fileSystem).check(options)
        let pipeline = SitePipeline(options: options, fileSystem: fileSystem)
        let prepared = try pipeline.prepare()
        let transaction = OutputTransaction(fileSystem: fileSystem, root: options.source, output: options.output)
        do {
            let (results, feed) = pipeline.renderPosts(
                prepared.outline.postFolders, prepared, into: transaction.add, progress: progress)
            let (digests, warnings) = try Self.digests(results, prepared)
            _ = try pipeline.addSiteFiles(digests, prepared, entries: feed, to: transaction)
            let made = transaction.made
            let report = try transaction.commit(keepingOnly: made)
            return BuildSummary(
                pages: made.count { $0.hasSuffix(".html") }, files: made.count, written: report.written,
                removed: report.removed, warnings: warnings,
                seconds: Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        } catch {
            transaction.abandon()
            throw error
        }
    }

    /// Loads and renders the site without writing anything.
    /// - Returns: every output file, by path, and the content's warnings.
    public func render() throws(BuildFailure) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let rendered = try renderSite()
        return (rendered.files, rendered.warnings)
    }

    /// ``render()``, and the site as it was read (its posts without their text).
    func renderSite() throws(BuildFailure) -> (files: [OutputFile], warnings: [Diagnostic], site: Site) {
        let pipeline = SitePipeline(options: options, fileSystem: fileSystem)
        let prepared = try pipeline.prepare()
        let collected = Mutex<[OutputFile]>([])
        let (results, feed) = pipeline.renderPosts(prepared.outline.postFolders, prepared) { file in
            collected.withLock { $0.append(file) }
        }
        let (digests, warnings) = try Self.digests(results, prepared)
        let posts = collected.withLock { $0 }.sorted { $0.path < $1.path }
        var files = posts
        try pipeline.siteFiles(digests, prepared, entries: feed) { files.append($0) }
        let claims = OutputClaims()
        let collisions = files.compactMap(claims.claim)
        guard collisions.isEmpty else { throw BuildFailure(collisions + warnings) }
        var site = prepared.outline.site
        site.posts = SiteLoader.newestFirst(digests.map(\.post))
        return (files.sorted { $0.path < $1.path }, warnings, site)
    }

    /// The digests of the posts that built, or every error: in the posts, in pages and static files, and slugs that
    /// two posts share.
    /// - Returns: the digests and the warnings, sorted.
    static func digests(
        _ results: [SitePipeline.PostResult], _ prepared: SitePipeline.Prepared
    ) throws(BuildFailure) -> ([PostDigest], [Diagnostic]) {
        var diagnostics = prepared.diagnostics + results.flatMap(\.diagnostics)
        let digests = results.compactMap(\.digest)
        diagnostics += SiteLoader.duplicateSlugs(digests.map(\.post).sorted { $0.folder < $1.folder })
        guard !diagnostics.contains(where: { $0.severity == .error }) else { throw BuildFailure(diagnostics) }
        return (digests, diagnostics.sorted())
    }
}
