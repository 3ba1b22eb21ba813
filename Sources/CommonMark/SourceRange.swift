/// A line and column in the Markdown source, both starting at 1.
///
/// Columns count bytes of UTF-8, as cmark does. A plain value: `Sendable`, usable on any thread.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    /// The line, starting at 1.
    public var line: Int
    /// The column in UTF-8 bytes, starting at 1.
    public var column: Int

    /// Creates a position.
    /// - Parameters:
    ///   - line: The line, starting at 1.
    ///   - column: The column in UTF-8 bytes, starting at 1.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, as in diagnostics.
    public var description: String { "\(line):\(column)" }
}

/// The span of source a node was parsed from, both ends inclusive.
///
/// cmark records reliable ranges for blocks; inline ranges are approximate or missing. A plain value:
/// `Sendable`, usable on any thread.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    /// The first character.
    public var start: SourcePosition
    /// The last character.
    public var end: SourcePosition

    /// Creates a range.
    /// - Parameters:
    ///   - start: The first character.
    ///   - end: The last character.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// `line:column-line:column`, as in cmark's `data-sourcepos`.
    public var description: String { "\(start)-\(end)" }
}
