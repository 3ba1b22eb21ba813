extension TemplateParser {
    /// Skips spaces, tabs and newlines.
    mutating func skipWhitespace() {
        while position < source.count, Self.isWhitespace(source[position]) { position += 1 }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    /// The offset of the next `delimiter` from `index`, if any.
    func find(_ delimiter: [UInt8], from index: Int) -> Int? {
        var index = index
        while index + delimiter.count <= source.count {
            if matches(delimiter, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Reads a tag's name up to its closing delimiter (a `}` before it for `{{{name}}}`), and the delimiter.
    /// - Throws: when the tag ends without its closing delimiter, or has more than a name in it.
    mutating func readName(at tag: Int, tripleBrace: Bool = false) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let start = position
        while position < source.count, !Self.isWhitespace(source[position]), !matches(close, at: position),
            !(tripleBrace && source[position] == UInt8(ascii: "}"))
        {
            position += 1
        }
        let name = String(decoding: source[start..<position], as: UTF8.self)
        skipWhitespace()
        let closing = (tripleBrace ? "}" : "") + String(decoding: close, as: UTF8.self)
        if tripleBrace {
            guard position < source.count, source[position] == UInt8(ascii: "}") else {
                throw TemplateSyntaxError(.unfinishedTag(closing: closing), at: tag)
            }
            position += 1
        }
        guard matches(close, at: position) else { throw TemplateSyntaxError(.unfinishedTag(closing: closing), at: tag) }
        position += close.count
        guard !name.isEmpty else { throw TemplateSyntaxError(.emptyName, at: tag) }
        return name
    }

    /// A name as written (`a.b`, `.`, `.a`, `empty(a.b)`, `first()`) resolved to key numbers and transforms.
    mutating func reference(_ written: String, at tag: Int) throws(TemplateSyntaxError) -> TemplateReference {
        var name = Substring(written)
        var transforms: [TemplateTransform] = []
        if name.contains("(") {
            // `a(b(name))`: the transforms outermost first, then as many `)` as there were `(`.
            var names: [Substring] = []
            while let open = name.firstIndex(of: "(") {
                names.append(name[..<open])
                name = name[name.index(after: open)...]
            }
            let closing = name.drop { $0 != ")" }
            name = name.prefix { $0 != ")" }
            guard closing.count == names.count, closing.allSatisfy({ $0 == ")" }), !name.contains("(") else {
                throw TemplateSyntaxError(.unfinishedTag(closing: String(decoding: close, as: UTF8.self)), at: tag)
            }
            for transformName in names.reversed() {
                guard let transform = TemplateTransform(rawValue: String(transformName)) else {
                    throw TemplateSyntaxError(.unknownTransform(String(transformName)), at: tag)
                }
                transforms.append(transform)
            }
            if name.isEmpty { return TemplateReference(start: .iteration, keys: [], transforms: transforms) }
        }
        if name == "." { return TemplateReference(start: .current, keys: [], transforms: transforms) }
        let keys = name.split(separator: ".").map { symbols.key(String($0)) }
        return TemplateReference(start: name.first == "." ? .current : .stack, keys: keys, transforms: transforms)
    }

    /// A partial or parent tag's template, by name (or, with `*`, by the value of a name).
    mutating func include(
        _ name: String, dynamic: Bool, at tag: Int, kind: TemplateLibrary.Inclusion.Kind
    ) throws(TemplateSyntaxError) -> TemplateInclusion {
        guard !name.contains("(") else { throw TemplateSyntaxError(.transformOnBlock, at: tag) }
        let site = TemplateSite(template: number, offset: tag)
        if dynamic {
            return TemplateInclusion(
                template: -1, site: site, indentation: [], dynamicName: try reference(name, at: tag))
        }
        let template = symbols.template(name)
        inclusions.append(TemplateLibrary.Inclusion(kind: kind, name: name, template: template, site: site))
        return TemplateInclusion(template: template, site: site, indentation: [], dynamicName: nil)
    }

    /// `{{=<% %>=}}`: the new opening and closing delimiters, separated by whitespace.
    mutating func parseDelimiters(at tag: Int) throws(TemplateSyntaxError) {
        let invalid = TemplateSyntaxError(.invalidSetDelimiter, at: tag)
        skipWhitespace()
        let openStart = position
        while position < source.count, !Self.isWhitespace(source[position]) { position += 1 }
        let newOpen = Array(source[openStart..<position])
        skipWhitespace()
        let closeStart = position
        while position < source.count, !Self.isWhitespace(source[position]), source[position] != UInt8(ascii: "=") {
            position += 1
        }
        let newClose = Array(source[closeStart..<position])
        skipWhitespace()
        guard position < source.count, source[position] == UInt8(ascii: "="), matches(close, at: position + 1),
            !newOpen.isEmpty, !newClose.isEmpty
        else { throw invalid }
        position += 1 + close.count
        open = newOpen
        close = newClose
    }
}
