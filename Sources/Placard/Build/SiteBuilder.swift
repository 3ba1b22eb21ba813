import Foundation

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
    /// - Parameter progress: called as posts render, with how many are done and how many there are.
    public func build(progress: (Int, Int) -> Void = { _, _ in }) throws(BuildFailure) -> BuildSummary {
        let start = DispatchTime.now()
        let files = try render(progress: progress)
        let writer = OutputWriter(fileSystem: fileSystem, root: options.source, output: options.output)
        let report = try writer.write(files.files)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return BuildSummary(
            pages: files.files.count { $0.path.hasSuffix(".html") },
            files: files.files.count,
            written: report.written,
            removed: report.removed,
            warnings: files.warnings,
            seconds: seconds
        )
    }

    /// Loads and renders the site without writing anything.
    /// - Returns: every output file, and the content's warnings.
    /// - Parameter progress: called as posts render, with how many are done and how many there are.
    public func render(
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws(BuildFailure) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let loader = SiteLoader(
            root: options.source,
            fileSystem: fileSystem,
            includeDrafts: options.includeDrafts,
            baseURL: options.baseURL
        )
        let reader = SourceReader(fileSystem: fileSystem, root: options.source)
        var failures: [Diagnostic] = []
        var loaded: (Site, [Diagnostic])?
        var templates: TemplateSet?
        do { loaded = try loader.load() } catch { failures += error.diagnostics }
        do {
            let set = try TemplateSet(folder: "templates", reader: reader)
            try set.require(SiteRenderer.requiredTemplates, folder: "templates")
            templates = set
        } catch {
            failures += error.diagnostics
        }
        guard let (site, warnings) = loaded, let templates else { throw BuildFailure(failures) }
        let assetsFolder = options.source + "/templates/assets"
        let assets =
            fileSystem.kind(assetsFolder) == .directory ? (try? fileSystem.files(below: assetsFolder)) ?? [] : []
        return (SiteRenderer(site: site, templates: templates).render(assets: assets, progress: progress), warnings)
    }
}
