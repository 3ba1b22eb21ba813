import Markup

/// A theme string with `{name}` placeholders, such as `Comment {number} by {author}`, split into its parts once.
struct Phrase: Sendable, Equatable {
    /// A run of the string's own text, or a placeholder's name.
    enum Part: Sendable, Equatable {
        case text(String)
        case value(String)
    }

    let parts: [Part]

    /// Splits `text` at each `{name}` (a name of ASCII letters, digits and `_`); any other brace is text.
    init(_ text: String) {
        var parts: [Part] = []
        var literal = Substring()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), !after[..<close].isEmpty,
                after[..<close].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            {
                literal += rest[..<open]
                if !literal.isEmpty { parts.append(.text(String(literal))) }
                literal = ""
                parts.append(.value(String(after[..<close])))
                rest = after[after.index(after: close)...]
            } else {
                literal += rest[...open]
                rest = after
            }
        }
        literal += rest
        if !literal.isEmpty { parts.append(.text(String(literal))) }
        self.parts = parts
    }

    /// The names of its placeholders.
    var names: [String] {
        parts.compactMap { if case .value(let name) = $0 { name } else { nil } }
    }

    /// The text with each placeholder replaced by its value (a placeholder without one stays as written).
    func filled(_ values: [String: String]) -> String {
        var text = ""
        for part in parts {
            switch part {
            case .text(let literal): text += literal
            case .value(let name): text += values[name] ?? "{\(name)}"
            }
        }
        return text
    }

    /// HTML: the string's own text escaped, each placeholder replaced by its value as HTML, given.
    func html(_ values: [String: String]) -> String {
        var html = ""
        for part in parts {
            switch part {
            case .text(let literal): html += HTML.escape(literal)
            case .value(let name): html += values[name] ?? HTML.escape("{\(name)}")
            }
        }
        return html
    }
}
