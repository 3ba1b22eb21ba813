extension TemplateRenderer {
    /// The value a reference names: its first key looked up in each context of the stack, innermost first (or in the
    /// innermost only), the other keys each in the value before, then the transforms.
    func resolve(_ reference: TemplateReference) -> TemplateValue {
        var value: TemplateValue
        var remaining = reference.keys[...]
        switch reference.start {
        case .iteration:
            return iterationValue(reference.transforms)
        case .current:
            value = stack[stack.count - 1]
        case .stack:
            value = find(reference.keys[0])
            remaining = remaining.dropFirst()
        }
        for key in remaining {
            guard case .object(let object) = value else { return .missing }
            value = object.value(for: key)
        }
        for transform in reference.transforms {
            value = TemplateValue.transform(value, transform)
            if case .missing = value { return .missing }
        }
        return value
    }

    /// The innermost context's value for `key`.
    private func find(_ key: Int) -> TemplateValue {
        var index = stack.count - 1
        while index >= 0 {
            if case .object(let object) = stack[index] {
                let value = object.value(for: key)
                if case .missing = value {} else { return value }
            }
            index -= 1
        }
        return .missing
    }

    /// `first()`, `last()`, `index()`, `even()`, `odd()`: the position in the list being iterated, then any
    /// further transforms on it.
    private func iterationValue(_ transforms: [TemplateTransform]) -> TemplateValue {
        guard let (index, count) = iteration, let first = transforms.first else { return .missing }
        var value: TemplateValue
        switch first {
        case .first: value = .bool(index == 0)
        case .last: value = .bool(index == count - 1)
        case .index: value = .int(index)
        case .even: value = .bool(index % 2 == 0)
        case .odd: value = .bool(index % 2 == 1)
        default: return .missing
        }
        for transform in transforms.dropFirst() { value = TemplateValue.transform(value, transform) }
        return value
    }
}
