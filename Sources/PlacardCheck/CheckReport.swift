public import Placard

/// What `placard check` found in the built site.
public struct CheckReport: Sendable, CustomStringConvertible {
    /// HTML pages checked.
    public var pages: Int
    /// Stylesheets checked.
    public var stylesheets: Int
    /// The content's warnings and the output's errors, in file order.
    public var diagnostics: [Diagnostic]

    /// The number of errors (warnings do not count).
    public var errorCount: Int { diagnostics.errorCount }

    /// Whether the output passed: no error.
    public var passed: Bool { errorCount == 0 }

    /// "Checked 8 pages: no foreign resources, all internal links resolve", or "2 errors in 8 pages checked".
    public var description: String {
        let checked = "\(pages) page\(pages == 1 ? "" : "s")"
        guard !passed else { return "Checked \(checked): no foreign resources, all internal links resolve" }
        return "\(errorCount) error\(errorCount == 1 ? "" : "s") in \(checked) checked"
    }
}
