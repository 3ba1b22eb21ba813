extension TemplateRenderer {
    /// The value reference `index` names: its first key looked up in each context of the stack, innermost first (or
    /// in the innermost only), the other keys each in the value before, then the transforms.
    func resolve(_ index: Int32) -> TemplateValue {
        let reference = program.references[index]
        var value: TemplateValue
        switch reference.start {
        case .iteration:
            return iterationValue(reference.transforms)
        case .current:
            value = stack[stack.count - 1]
            if reference.key >= 0 { value = Self.child(value, Int(reference.key)) }
        case .stack:
            value = find(Int(reference.key))
        }
        for position in reference.moreKeys { value = Self.child(value, Int(program.keys[position])) }
        for position in reference.transforms {
            if case .missing = value { return .missing }
            value = TemplateValue.transform(value, program.transforms[position])
        }
        return value
    }

    /// An object's value for `key`; missing for anything else.
    @inline(__always)
    private static func child(_ value: TemplateValue, _ key: Int) -> TemplateValue {
        guard case .object(let object) = value else { return .missing }
        return object.value(for: key)
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
    private func iterationValue(_ transforms: Range<Int32>) -> TemplateValue {
        guard let (index, count) = iteration, !transforms.isEmpty else { return .missing }
        var value: TemplateValue
        switch program.transforms[transforms.lowerBound] {
        case .first: value = .bool(index == 0)
        case .last: value = .bool(index == count - 1)
        case .index: value = .int(index)
        case .even: value = .bool(index % 2 == 0)
        case .odd: value = .bool(index % 2 == 1)
        default: return .missing
        }
        for position in transforms.dropFirst() { value = TemplateValue.transform(value, program.transforms[position]) }
        return value
    }
}
