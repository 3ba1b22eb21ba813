/// A 1-based line and column in a text, the column counted in Unicode scalars.
package struct TextPosition: Sendable, Hashable {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// One attribute of a start tag, as a browser reads it: the name lower-cased, the value with its character
/// references decoded.
package struct HTMLAttribute: Sendable, Hashable {
    /// The name, lower-cased.
    package var name: String
    /// The value with `&amp;`, `&#58;`, `&colon;`… decoded; empty when the attribute has no value.
    package var value: String
    /// Where the attribute's name starts.
    package var position: TextPosition
    /// The attribute as written, from its name to the end of its value, as offsets into the page's Unicode scalars.
    package var span: Range<Int> = 0..<0
    /// Its value as written, quotes included, in the same offsets; nil without a value.
    package var written: Range<Int>? = nil
}

/// A start tag: `<img src="…">`.
package struct HTMLTag: Sendable, Hashable {
    /// The element's name, lower-cased.
    package var name: String
    /// The attributes in source order; a repeated name keeps only its first occurrence, as in a browser.
    package var attributes: [HTMLAttribute]
    /// Where the `<` is.
    package var position: TextPosition

    /// The first attribute of a name, when the tag has it.
    package func attribute(_ name: String) -> HTMLAttribute? {
        attributes.first { $0.name == name }
    }

    /// The value of an attribute, when the tag has it.
    package func value(_ name: String) -> String? {
        attribute(name)?.value
    }
}

/// What the scanner finds in a page; text between tags and comments are skipped.
package enum HTMLToken: Sendable, Hashable {
    /// A start tag.
    case start(HTMLTag)
    /// An end tag, with its lower-cased name.
    case end(String, TextPosition)
    /// The raw text of a `<style>` or `<script>` element, and where it starts.
    case rawText(element: String, text: String, position: TextPosition)
}
