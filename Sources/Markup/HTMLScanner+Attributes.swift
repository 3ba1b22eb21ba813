extension HTMLScanner {
    /// Reads attributes up to and including the tag's `>`, as the HTML tokenizer does: names are lower-cased, a
    /// `/` between attributes is ignored, values may be double-quoted, single-quoted or unquoted, a repeated name
    /// keeps its first value.
    /// - Returns: the attributes, or nil when the text ends before the tag does (a browser drops such a tag).
    package mutating func readAttributes() -> [HTMLAttribute]? {
        var attributes: [HTMLAttribute] = []
        var seen: Set<String> = []
        while true {
            while let scalar = peek(), Self.isSpace(scalar) || scalar == "/" { index += 1 }
            guard let scalar = peek() else { return nil }
            if scalar == ">" {
                index += 1
                return attributes
            }
            let start = index
            let name = readAttributeName()
            while let scalar = peek(), Self.isSpace(scalar) { index += 1 }
            var value = ""
            var written: Range<Int>?
            if peek() == "=" {
                index += 1
                while let scalar = peek(), Self.isSpace(scalar) { index += 1 }
                let valueStart = index
                guard let raw = readAttributeValue() else { return nil }
                value = CharacterReferences.decode(raw, inAttribute: true)
                written = valueStart..<index
            }
            if seen.insert(name).inserted {
                attributes.append(
                    HTMLAttribute(
                        name: name, value: value, position: position(of: start), span: start..<index, written: written))
            }
        }
    }

    /// A name: its first character may be `=`; it runs to a space, `/`, `>` or `=`.
    private mutating func readAttributeName() -> String {
        var name = String.UnicodeScalarView()
        repeat {
            name.append(Self.lowercased(scalars[index]))
            index += 1
        } while peek().map { !Self.isEndOfName($0) && $0 != "=" } ?? false
        return String(name)
    }

    /// A value after `=`, with its character references still in it; nil when the text ends inside quotes.
    private mutating func readAttributeValue() -> String.UnicodeScalarView? {
        guard let first = peek() else { return String.UnicodeScalarView() }
        if first == "\"" || first == "'" {
            guard let close = firstIndex(of: first, from: index + 1) else {
                // All the rest is the value, and the tag never ends: a browser drops it, and reads nothing after it.
                index = scalars.count
                return nil
            }
            let value = String.UnicodeScalarView(scalars[(index + 1)..<close])
            index = close + 1
            return value
        }
        let start = index
        while let scalar = peek(), !Self.isSpace(scalar), scalar != ">" { index += 1 }
        return String.UnicodeScalarView(scalars[start..<index])
    }
}
