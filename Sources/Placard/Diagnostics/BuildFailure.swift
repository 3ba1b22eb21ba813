/// Every error a build found, sorted by file and line; thrown once, at the end of the stage that found them.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]
    /// Files moved into the output folder before a write failed (0 when the failure came before any was): the output
    /// then mixes old and new files until the next build.
    public var written = 0

    /// Creates a failure from diagnostics; they are sorted so that output is the same on every run.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    /// The number of errors (warnings do not count).
    public var errorCount: Int { diagnostics.errorCount }

    /// Every diagnostic's printed form, then a count of the errors.
    public var description: String {
        let body = diagnostics.map(\.description).joined(separator: "\n")
        let count = errorCount
        let outcome =
            written == 0
            ? "nothing was written"
            : "\(written) file\(written == 1 ? " was" : "s were") written before it, so the output mixes old and new "
                + "files; build again once it is fixed"
        return body + "\n\(count) error\(count == 1 ? "" : "s"): \(outcome)"
    }
}
