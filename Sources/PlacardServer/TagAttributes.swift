import Markup

/// The attributes of one HTML start tag, read from its bytes the way a browser reads them (names lower-cased,
/// values quoted with `"` or `'` or unquoted, the common character references decoded).
struct TagAttributes {
    /// One attribute's decoded value and where its value, quotes included, sits in the page.
    struct Attribute {
        var value: String
        var range: Range<Int>
    }

    /// The attributes by name; the first of a repeated name wins, as in browsers.
    private(set) var attributes: [String: Attribute] = [:]
    /// The index just past the tag's `>`, or the end of the page.
    private(set) var end: Int

    /// Reads the attributes from just after the tag name up to the closing `>`.
    init(_ page: [UInt8], from start: Int) {
        var index = start
        end = page.count
        while index < page.count {
            while index < page.count && (Self.isSpace(page[index]) || page[index] == UInt8(ascii: "/")) { index += 1 }
            guard index < page.count else { break }
            if page[index] == UInt8(ascii: ">") {
                end = index + 1
                return
            }
            let nameStart = index
            while index < page.count && !Self.isSpace(page[index])
                && ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(page[index])
            {
                index += 1
            }
            let name = String(decoding: page[nameStart..<index], as: UTF8.self).lowercased()
            while index < page.count && Self.isSpace(page[index]) { index += 1 }
            guard index < page.count, page[index] == UInt8(ascii: "=") else {
                if attributes[name] == nil { attributes[name] = Attribute(value: "", range: index..<index) }
                continue
            }
            index += 1
            while index < page.count && Self.isSpace(page[index]) { index += 1 }
            let (text, range) = Self.value(page, at: &index)
            if attributes[name] == nil {
                attributes[name] = Attribute(value: Self.decode(String(decoding: text, as: UTF8.self)), range: range)
            }
        }
    }

    /// Reads a quoted or unquoted value starting at `index`, and moves `index` past it.
    /// - Returns: the value's text, and where it sits, quotes included.
    private static func value(_ page: [UInt8], at index: inout Int) -> (ArraySlice<UInt8>, Range<Int>) {
        let start = index
        guard index < page.count, page[index] == UInt8(ascii: "\"") || page[index] == UInt8(ascii: "'") else {
            while index < page.count && !isSpace(page[index]) && page[index] != UInt8(ascii: ">") { index += 1 }
            return (page[start..<index], start..<index)
        }
        let quote = page[index]
        index += 1
        let textStart = index
        while index < page.count && page[index] != quote { index += 1 }
        let text = page[textStart..<index]
        index = min(index + 1, page.count)
        return (text, start..<index)
    }

    subscript(name: String) -> Attribute? { attributes[name] }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// Decodes character references as a browser does in an attribute value (``CharacterReferences``).
    static func decode(_ text: String) -> String {
        text.contains("&") ? CharacterReferences.decode(text.unicodeScalars, inAttribute: true) : text
    }
}
