import Markup
import Placard

/// A URL a stylesheet loads: `url(…)`, `@import "…"`, a string in `image-set(…)` or `src(…)`.
struct CSSReference: Sendable, Hashable {
    /// How the stylesheet writes it, for messages: `url(https://x.example/a.png)`, `@import "a.css"`.
    var display: String
    /// The URL, with CSS escapes decoded.
    var url: String
    /// Where it starts in the stylesheet's text.
    var position: TextPosition
}

/// Finds the URLs a stylesheet loads, reading it as CSS's tokenizer does: comments are skipped, escapes in names
/// and strings are decoded (so `\75 rl(` is `url(`), `@namespace` URLs, which load nothing, are left out.
struct CSSScanner {
    private let scalars: [Unicode.Scalar]
    private let lines: LineIndex
    private var index = 0
    private var references: [CSSReference] = []
    /// For each open parenthesis, whether the strings right inside it are URLs (`image-set(`, `src(`).
    private var parentheses: [Bool] = []
    private var stringsAreURLs: Bool { parentheses.last ?? false }

    private init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        lines = LineIndex(scalars)
    }

    /// The URLs a stylesheet loads, in order.
    static func references(in text: String) -> [CSSReference] {
        var scanner = CSSScanner(text)
        scanner.scan()
        return scanner.references
    }

    private mutating func scan() {
        while let scalar = peek() {
            let start = index
            if scalar == "/", peek(1) == "*" {
                skipComment()
            } else if scalar == "\"" || scalar == "'" {
                let value = readString()
                if stringsAreURLs { add("\"\(value)\"", value, at: start) }
            } else if scalar == "@", startsName(at: index + 1) {
                index += 1
                atRule(readName(), at: start)
            } else if startsName(at: index) {
                let name = readName()
                if peek() == "(" { function(name.lowercased(), at: start) }
            } else {
                if scalar == "(" { parentheses.append(false) }
                if scalar == ")" { _ = parentheses.popLast() }
                index += 1
            }
        }
    }

    private mutating func atRule(_ name: String, at start: Int) {
        switch name.lowercased() {
        case "import":
            skipSpaceAndComments()
            guard peek() == "\"" || peek() == "'" else { return }
            let value = readString()
            add("@import \"\(value)\"", value, at: start)
        case "namespace":
            while let scalar = peek(), scalar != ";" { index += 1 }
        default:
            return
        }
    }

    /// After a name, at its `(`.
    private mutating func function(_ name: String, at start: Int) {
        index += 1
        switch name {
        case "url":
            skipSpace()
            if peek() == "\"" || peek() == "'" {
                let value = readString()
                add("url(\"\(value)\")", value, at: start)
            } else {
                let value = readUnquotedURL()
                add("url(\(value))", value, at: start)
            }
        default:
            parentheses.append(["image-set", "-webkit-image-set", "src"].contains(name))
        }
    }

    private mutating func add(_ display: String, _ url: String, at start: Int) {
        references.append(CSSReference(display: display, url: url, position: lines.position(of: start)))
    }

    // MARK: - Tokens

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private mutating func skipComment() {
        index += 2
        while index < scalars.count, !(scalars[index] == "*" && peek(1) == "/") { index += 1 }
        index = min(index + 2, scalars.count)
    }

    private mutating func skipSpace() {
        while let scalar = peek(), HTMLScanner.isSpace(scalar) { index += 1 }
    }

    private mutating func skipSpaceAndComments() {
        skipSpace()
        while peek() == "/", peek(1) == "*" {
            skipComment()
            skipSpace()
        }
    }

    private func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        HTMLScanner.isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
            || scalar.value >= 0x80
    }

    private func isEscape(at offset: Int) -> Bool {
        offset + 1 < scalars.count && scalars[offset] == "\\" && scalars[offset + 1] != "\n"
    }

    /// Whether an identifier starts at an offset (CSS Syntax §4.3.9, loosely: digits after `-` count too).
    private func startsName(at offset: Int) -> Bool {
        guard offset < scalars.count else { return false }
        let scalar = scalars[offset]
        if scalar == "-" {
            return offset + 1 < scalars.count && (isNameScalar(scalars[offset + 1]) || isEscape(at: offset + 1))
        }
        return (isNameScalar(scalar) && !("0"..."9").contains(scalar)) || isEscape(at: offset)
    }

    private mutating func readName() -> String {
        var name = String.UnicodeScalarView()
        while let scalar = peek() {
            if isEscape(at: index) {
                name.append(readEscape())
            } else if isNameScalar(scalar) {
                name.append(scalar)
                index += 1
            } else {
                break
            }
        }
        return String(name)
    }

    /// At a `\` that is not before a line break: the character it stands for.
    private mutating func readEscape() -> Unicode.Scalar {
        index += 1
        var value: UInt32 = 0
        var digits = 0
        while digits < 6, let scalar = peek(), let digit = UInt32(String(scalar), radix: 16) {
            value = value * 16 + digit
            digits += 1
            index += 1
        }
        guard digits > 0 else {
            defer { index += 1 }
            return scalars[index]
        }
        if let scalar = peek(), HTMLScanner.isSpace(scalar) { index += 1 }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }

    /// At a quote: the string's value; it ends at the matching quote, or unterminated at a line break.
    private mutating func readString() -> String {
        let quote = scalars[index]
        index += 1
        var value = String.UnicodeScalarView()
        while let scalar = peek(), scalar != quote, scalar != "\n" {
            if scalar == "\\", peek(1) == "\n" {
                index += 2
            } else if isEscape(at: index) {
                value.append(readEscape())
            } else {
                value.append(scalar)
                index += 1
            }
        }
        if peek() == quote { index += 1 }
        return String(value)
    }

    /// After `url(` and spaces: the URL up to `)`.
    private mutating func readUnquotedURL() -> String {
        var value = String.UnicodeScalarView()
        while let scalar = peek(), scalar != ")" {
            if isEscape(at: index) {
                value.append(readEscape())
            } else {
                if !HTMLScanner.isSpace(scalar) { value.append(scalar) }
                index += 1
            }
        }
        if peek() == ")" { index += 1 }
        return String(value)
    }
}
