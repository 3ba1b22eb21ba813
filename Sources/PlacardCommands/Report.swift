import Placard

/// Printing of diagnostics to standard error.
enum Report {
    /// Writes each diagnostic to standard error.
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.description) }
    }

    /// Writes one line to standard error.
    static func error(_ line: String) {
        Console.current.err(line + "\n")
    }
}
