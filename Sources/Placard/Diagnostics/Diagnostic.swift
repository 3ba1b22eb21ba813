/// One problem found in the author's content or templates, with where it is and how to fix it.
///
/// The printed form is `path:line:column: error: message`, then the source line and a caret under the column.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How bad the problem is: an error fails the build, a warning does not.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    /// Whether the problem fails the build.
    public var severity: Severity
    /// One lower-case sentence without a trailing period that says what is wrong and how to fix it.
    public var message: String
    /// Where the problem is, when it is in a file.
    public var location: SourceLocation?
    /// The text of the line the location points into, shown under the message.
    public var sourceLine: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        _ message: String,
        at location: SourceLocation? = nil,
        sourceLine: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
    }

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation? = nil, sourceLine: String? = nil) {
        self.init(.error, message, at: location, sourceLine: sourceLine)
    }

    /// The first line of the printed form: `path:line:column: error: message`.
    public var headline: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }

    /// The printed form: the headline, then the source line and a caret when the line is known.
    public var description: String {
        guard let sourceLine, let caret else { return headline }
        return "\(headline)\n\(sourceLine)\n\(caret)"
    }

    /// The line under ``sourceLine`` that points at the column: spaces (tabs under tabs) and `^`; `nil` without a
    /// source line.
    public var caret: String? {
        guard let location, let sourceLine, !sourceLine.isEmpty else { return nil }
        let before = sourceLine.prefix(max(0, location.column - 1))
        return String(before.map { $0 == "\t" ? "\t" : " " }) + "^"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (left?, right?) where left != right: left < right
        case (nil, _?): true
        case (_?, nil): false
        default: lhs.message < rhs.message
        }
    }
}
