/// What a build or rebuild did, for its one-line summary.
public struct BuildSummary: Sendable, CustomStringConvertible {
    /// HTML pages made.
    public var pages: Int
    /// All files the output holds.
    public var files: Int
    /// Files whose bytes changed and were written.
    public var written: Int
    /// Files no longer built, removed.
    public var removed: Int
    /// Warnings found in the content.
    public var warnings: [Diagnostic]
    /// Wall time, in seconds.
    public var seconds: Double
    /// The files written or removed, below the output folder (`posts/a/index.html`), sorted.
    public var changedFiles: [String]

    /// Creates a summary.
    public init(
        pages: Int, files: Int, written: Int, removed: Int, warnings: [Diagnostic] = [], seconds: Double = 0,
        changedFiles: [String] = []
    ) {
        self.pages = pages
        self.files = files
        self.written = written
        self.removed = removed
        self.warnings = warnings
        self.seconds = seconds
        self.changedFiles = changedFiles
    }

    /// "Built 4 pages, 9 files (3 written, 0 removed) in 0.12 s".
    public var description: String {
        let time = (seconds * 100).rounded() / 100
        let warned = warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
        return "Built \(pages) page\(pages == 1 ? "" : "s"), \(files) files (\(written) written, \(removed) removed"
            + "\(warned)) in \(time) s"
    }
}
