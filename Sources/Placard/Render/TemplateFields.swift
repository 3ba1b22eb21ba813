import Templates

/// An object with a few named values, found by a scan: for the objects a page has one or a few of (the page itself,
/// the site, a post, pagination, share links). Comments, which a page has hundreds of, have their own context.
struct TemplateFields: TemplateContext {
    private var entries: [(key: TemplateKey, value: TemplateValue)]

    init(_ entries: KeyValuePairs<TemplateKey, TemplateValue>) {
        self.entries = entries.map { ($0.key, $0.value) }
    }

    func value(for number: Int) -> TemplateValue {
        guard let key = TemplateKey(number: number) else { return .missing }
        for entry in entries where entry.key == key { return entry.value }
        return .missing
    }

    /// Sets a value, replacing the one of the same key if there is one.
    subscript(key: TemplateKey) -> TemplateValue {
        get { entries.first { $0.key == key }?.value ?? .missing }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                entries[index].value = newValue
            } else {
                entries.append((key, newValue))
            }
        }
    }

    /// These fields with `other`'s added (and replacing those of the same key).
    func merging(_ other: TemplateFields) -> TemplateFields {
        var merged = self
        for entry in other.entries { merged[entry.key] = entry.value }
        return merged
    }
}

extension TemplateValue {
    /// An object of fields.
    static func fields(_ entries: KeyValuePairs<TemplateKey, TemplateValue>) -> TemplateValue {
        .object(TemplateFields(entries))
    }

    /// A list of objects of fields.
    static func list(_ elements: [TemplateFields]) -> TemplateValue {
        .list(TemplateArray(elements.map { .object($0) }))
    }

    /// The object, or missing.
    static func optional(_ fields: TemplateFields?) -> TemplateValue {
        fields.map { .object($0) } ?? .missing
    }
}
