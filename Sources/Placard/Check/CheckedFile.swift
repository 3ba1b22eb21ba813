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

    /// Records an error at a position of the file.
    mutating func error(_ message: String, at position: TextPosition) {
        diagnostics.append(diagnostic(message, at: position))
    }

    /// An error at a position, its column turned from scalars into characters.
    func diagnostic(_ message: String, at position: TextPosition) -> Diagnostic {
        let line = file.line(position.line) ?? ""
        let before = String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, position.column - 1)))
        return file.diagnostic(message, line: position.line, column: String(before).count + 1)
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
