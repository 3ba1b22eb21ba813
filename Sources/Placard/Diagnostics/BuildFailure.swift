/// Every error a build found, sorted by file and line; thrown once, at the end of the stage that found them.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates a failure from diagnostics; they are sorted so that output is the same on every run.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    /// The number of errors (warnings do not count).
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// Every diagnostic's printed form, then a count of the errors.
    public var description: String {
        let body = diagnostics.map(\.description).joined(separator: "\n")
        let count = errorCount
        return body + "\n\(count) error\(count == 1 ? "" : "s"): nothing was written"
    }
}
