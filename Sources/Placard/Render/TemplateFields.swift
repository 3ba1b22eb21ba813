import Templates

/// An object with a few named values, found by a scan: for the objects a page has one or a few of (the page itself,
/// the site, a post, pagination, share links). Comments, which a page has hundreds of, have their own context.
struct TemplateFields: TemplateContext {
    private var entries: [(key: TemplateKey, value: TemplateValue)]

    init(_ entries: KeyValuePairs<TemplateKey, TemplateValue>) {
        self.entries = entries.map { ($0.key, $0.value) }
    }

    func value(for number: Int) -> TemplateValue {
        // By index, so that the entries passed over are compared by key without copying (and retaining) their values:
        // a page's own context has a dozen, and every name a comment does not have is looked up there.
        guard let key = TemplateKey(number: number), let index = index(of: key) else { return .missing }
        return entries[index].value
    }

    /// Sets a value, replacing the one of the same key if there is one.
    subscript(key: TemplateKey) -> TemplateValue {
        get { index(of: key).map { entries[$0].value } ?? .missing }
        set {
            if let index = index(of: key) {
                entries[index].value = newValue
            } else {
                entries.append((key, newValue))
            }
        }
    }

    /// Where `key` is, found by comparing keys only (a closure over the entries would copy each value it passes).
    private func index(of key: TemplateKey) -> Int? {
        for index in entries.indices where entries[index].key == key { return index }
        return nil
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
