import Foundation

/// The text of one file of the site, with the path diagnostics show for it.
public struct SourceFile: Sendable {
    /// The path relative to the site folder, e.g. `content/posts/a/index.md`.
    public let path: String
    /// The whole text of the file: UTF-8, without a byte-order mark, with `\n` line breaks.
    public let text: String

    /// Creates a source file; a leading byte-order mark is dropped and CRLF or CR line breaks become `\n`.
    public init(path: String, text: String) {
        self.path = path
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.containsByte(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        self.text = text
    }

    /// The text of a 1-based line, without its line break; nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        return String(text[start..<end])
    }

    /// An error at a line and column of this file, with the source line filled in.
    public func diagnostic(_ message: String, line: Int, column: Int = 1) -> Diagnostic {
        diagnostic(.error, message, line: line, column: column)
    }

    /// A diagnostic at a line and column of this file, with the source line filled in.
    public func diagnostic(
        _ severity: Diagnostic.Severity,
        _ message: String,
        line: Int,
        column: Int = 1
    ) -> Diagnostic {
        Diagnostic(
            severity,
            message,
            at: SourceLocation(path: path, line: line, column: column),
            sourceLine: self.line(line)
        )
    }
}
