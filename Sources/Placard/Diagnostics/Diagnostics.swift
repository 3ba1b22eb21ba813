/// The one place that decides whether diagnostics fail a build: any error does, warnings never do.
extension Sequence<Diagnostic> {
    /// Whether one of them is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// How many of them are errors (warnings do not count).
    public var errorCount: Int { reduce(0) { $1.severity == .error ? $0 + 1 : $0 } }

    /// The first error, if there is one.
    public var firstError: Diagnostic? { first { $0.severity == .error } }
}
