import Dispatch

/// Builds a site into its output folder: `SitePipeline` into an `OutputTransaction`, so that the folder changes
/// only when every page rendered.
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

    /// Builds the site into the output folder, on threads of its own (the task waits without holding a thread of
    /// the cooperative pool).
    /// - Returns: what was done, with the content's warnings.
    /// - Throws: every error found; the output folder is then left as it was.
    /// - Parameter progress: called as posts render, one call at a time, with how many are done and how many there
    ///   are.
    @discardableResult
    public func build(progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) async throws(BuildFailure)
        -> BuildSummary
    {
        try await offThePool { () throws(BuildFailure) in
            var site: BuiltSite?
            return try write(.site, site: &site, keepingEntries: false, progress: progress)
        }
    }

    /// Runs the pipeline for `scope` into the output folder.
    /// - Parameter site: the last good build; brought up to date, or left as it was when this throws.
    func write(
        _ scope: SitePipeline.Scope, site: inout BuiltSite?, keepingEntries: Bool,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws(BuildFailure) -> BuildSummary {
        let start = DispatchTime.now()
        try OutputGuard(fileSystem: fileSystem).check(options)
        let transaction = OutputTransaction(fileSystem: fileSystem, root: options.source, output: options.output)
        let report = try SitePipeline(options: options, fileSystem: fileSystem).run(
            scope, site: &site, keepingEntries: keepingEntries, into: transaction, progress: progress)
        let built = site!
        let (files, pages) = built.counts
        return BuildSummary(
            pages: pages, files: files, written: report.written, removed: report.removed, warnings: built.warnings + report.warnings,
            seconds: Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9,
            changedFiles: report.changed)
    }
}
