extension TemplateSet {
    /// The prefix of the theme's strings in templates: `{{i18n.posted}}`.
    static let stringsPrefix = "i18n."

    /// Each `i18n.<key>` the templates name, with the template and the byte offset where.
    var stringUses: [(key: String, template: String, offset: Int)] {
        var uses: [(key: String, template: String, offset: Int)] = []
        let prefix = Array(Self.stringsPrefix.utf8)
        for (template, file) in sources.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(file.text.utf8)
            var index = 0
            while index + prefix.count < bytes.count {
                defer { index += 1 }
                guard bytes[index] == prefix[0], bytes[index..<(index + prefix.count)].elementsEqual(prefix),
                    index == 0 || !Self.isNameByte(bytes[index - 1])
                else { continue }
                var end = index + prefix.count
                while end < bytes.count, Self.isNameByte(bytes[end]) { end += 1 }
                guard end > index + prefix.count else { continue }
                let key = String(decoding: bytes[(index + prefix.count)..<end], as: UTF8.self)
                uses.append((key, template, index))
                index = end - 1
            }
        }
        return uses
    }

    /// A warning at each `i18n.<key>` whose key no strings file, nor Placard's English, has: it renders as nothing.
    func unknownStrings(known: Set<String>, defaultFile: String) -> [Diagnostic] {
        stringUses.filter { !known.contains($0.key) }.map { use in
            var found = diagnostic(
                "'\(Self.stringsPrefix)\(use.key)' is in no strings file, so it shows nothing; add a '\(use.key): …' "
                    + "line to \(defaultFile)", template: use.template, offset: use.offset)
            found.severity = .warning
            return found
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }
}
