/// A 1-based line and column in a text, the column counted in Unicode scalars.
struct TextPosition: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// One attribute of a start tag, as a browser reads it: the name lower-cased, the value with its character
/// references decoded.
struct HTMLAttribute: Sendable, Hashable {
    /// The name, lower-cased.
    var name: String
    /// The value with `&amp;`, `&#58;`, `&colon;`… decoded; empty when the attribute has no value.
    var value: String
    /// Where the attribute's name starts.
    var position: TextPosition
    /// The attribute as written, from its name to the end of its value, as offsets into the page's Unicode scalars.
    var span: Range<Int> = 0..<0
    /// Its value as written, quotes included, in the same offsets; nil without a value.
    var written: Range<Int>? = nil
}

/// A start tag: `<img src="…">`.
struct HTMLTag: Sendable, Hashable {
    /// The element's name, lower-cased.
    var name: String
    /// The attributes in source order; a repeated name keeps only its first occurrence, as in a browser.
    var attributes: [HTMLAttribute]
    /// Where the `<` is.
    var position: TextPosition

    /// The first attribute of a name, when the tag has it.
    func attribute(_ name: String) -> HTMLAttribute? {
        attributes.first { $0.name == name }
    }

    /// The value of an attribute, when the tag has it.
    func value(_ name: String) -> String? {
        attribute(name)?.value
    }
}

/// What the scanner finds in a page; text between tags and comments are skipped.
enum HTMLToken: Sendable, Hashable {
    /// A start tag.
    case start(HTMLTag)
    /// An end tag, with its lower-cased name.
    case end(String, TextPosition)
    /// The raw text of a `<style>` or `<script>` element, and where it starts.
    case rawText(element: String, text: String, position: TextPosition)
}
