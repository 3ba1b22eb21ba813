import Markup
import Placard

/// What checking one file of the output found: its errors and, for a page, its ids and the references to other
/// files of the site, which are resolved once every page has been read.
struct CheckedFile: Sendable {
    /// The file, with the path diagnostics show: `public/posts/a/index.html`.
    let file: SourceFile
    /// The path below the output folder: `posts/a/index.html`.
    let path: String
    /// The ids of its elements (and `<a name>`s), the fragments links to it can use.
    var ids: Set<String> = []
    /// Its references to files of the site.
    var references: [SiteReference] = []
    /// The errors found in it.
    var diagnostics: [Diagnostic] = []
    /// Where each line starts, so that an error finds its line without reading the file from the start.
    private let lineStarts: [String.Index]

    /// A file to check, its lines indexed.
    init(file: SourceFile, path: String) {
        self.file = file
        self.path = path
        var starts = [file.text.startIndex]
        let utf8 = file.text.utf8
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = utf8.index(after: newline)
            starts.append(index)
        }
        lineStarts = starts
    }

    /// Lines longer than this are not copied into a diagnostic: `check` prints headlines, and a page of one long
    /// line with thousands of errors would hold thousands of copies of it.
    static let longestSourceLine = 1_000

    /// Records an error at a position of the file.
    mutating func error(_ message: String, at position: TextPosition) {
        diagnostics.append(diagnostic(message, at: position))
    }

    /// An error at a position, its column turned from scalars into characters.
    func diagnostic(_ message: String, at position: TextPosition) -> Diagnostic {
        let number = min(max(1, position.line), lineStarts.count)
        let start = lineStarts[number - 1]
        let end = file.text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? file.text.endIndex
        let line = file.text[start..<end]
        let before = String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, position.column - 1)))
        let location = SourceLocation(path: file.path, line: position.line, column: String(before).count + 1)
        let shown = line.utf8.count <= Self.longestSourceLine ? String(line) : nil
        return Diagnostic(message, at: location, sourceLine: shown)
    }
}

/// A reference from one file of the output to another, to be resolved when every file has been read.
struct SiteReference: Sendable, Hashable {
    /// The target's path below the output folder: `posts/a/index.html`, or `posts/a` for a folder.
    var path: String
    /// The fragment, percent-decoded; checked for links to pages.
    var fragment: String?
    /// How the browser uses it.
    var kind: TagReference.Kind
    /// The element (or CSS) as messages show it.
    var display: String
    /// Where it is.
    var position: TextPosition
}
