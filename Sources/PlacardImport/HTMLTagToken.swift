import Foundation
import Markup
import Placard

/// One HTML tag at the start of a string: `<a href="…">`, `</em>`, `<br/>`.
struct HTMLTagToken {
    /// The lower-case tag name.
    var name: String
    var closing: Bool
    var attributes: [String: String]
    /// The tag's length in characters.
    var length: Int

    /// Reads the tag at the start of `text`, or nil when `<` does not start a tag (as in `a < b`).
    init?(_ text: Substring) {
        var rest = text.dropFirst()
        closing = rest.first == "/"
        if closing { rest = rest.dropFirst() }
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard !name.isEmpty, let first = name.first, first.isLetter else { return nil }
        guard let end = Self.end(of: rest) else { return nil }
        self.name = name.lowercased()
        self.attributes = Self.attributes(rest[name.endIndex..<end])
        self.length = text.distance(from: text.startIndex, to: end) + 1
    }

    /// The index of the `>` that ends the tag, skipping quoted attribute values.
    private static func end(of text: Substring) -> Substring.Index? {
        var quote: Character?
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return index
            } else if character == "<" {
                return nil
            }
        }
        return nil
    }

    private static func attributes(_ text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].split(whereSeparator: { $0.isWhitespace || $0 == "/" }).last.map(String.init)
            var value = rest[rest.index(after: equals)...].drop { $0.isWhitespace }
            let quote = value.first == "\"" || value.first == "'" ? value.first : nil
            if quote != nil { value = value.dropFirst() }
            let stop =
                value.firstIndex { character in quote.map { character == $0 } ?? character.isWhitespace }
                ?? value.endIndex
            if let name {
                result[name.lowercased()] = CharacterReferences.decode(
                    String(value[..<stop]).unicodeScalars, inAttribute: true)
            }
            rest = stop < value.endIndex ? value[value.index(after: stop)...] : value[stop...]
        }
        return result
    }
}
