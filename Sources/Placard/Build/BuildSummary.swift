/// What a build did, for its one-line summary.
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

    /// "Built 4 pages, 9 files (3 written, 0 removed) in 0.12 s".
    public var description: String {
        let time = (seconds * 100).rounded() / 100
        let warned = warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
        return "Built \(pages) page\(pages == 1 ? "" : "s"), \(files) files (\(written) written, \(removed) removed"
            + "\(warned)) in \(time) s"
    }
}
