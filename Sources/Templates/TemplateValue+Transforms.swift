extension TemplateValue {
    /// A transform applied to a value, as swift-mustache applies it; `.missing` when it does not apply.
    static func transform(_ value: TemplateValue, _ transform: TemplateTransform) -> TemplateValue {
        switch value {
        case .list(let list): listTransform(list, transform)
        case .text(let text): textTransform(text, transform)
        case .custom(let custom):
            transform == .empty ? .bool(custom.isEmpty) : textTransform(custom.string, transform)
        case .int(let number): numberTransform(number, transform)
        case .missing, .bool, .object: .missing
        }
    }

    private static func listTransform(_ list: any TemplateList, _ transform: TemplateTransform) -> TemplateValue {
        switch transform {
        case .first: list.count > 0 ? list.element(at: 0) : .missing
        case .last: list.count > 0 ? list.element(at: list.count - 1) : .missing
        case .count: .int(list.count)
        case .empty: .bool(list.count == 0)
        case .reversed: .list(ReversedTemplateList(base: list))
        case .sorted: sorted(list)
        default: .missing
        }
    }

    /// A list of text or of numbers, sorted; other lists cannot be.
    private static func sorted(_ list: any TemplateList) -> TemplateValue {
        let elements = (0..<list.count).map { list.element(at: $0) }
        let texts = elements.compactMap { element -> String? in
            if case .text(let text) = element { return text } else { return nil }
        }
        if texts.count == elements.count { return .list(TemplateArray(texts.sorted().map { .text($0) })) }
        let numbers = elements.compactMap { element -> Int? in
            if case .int(let number) = element { return number } else { return nil }
        }
        if numbers.count == elements.count { return .list(TemplateArray(numbers.sorted().map { .int($0) })) }
        return .missing
    }

    private static func textTransform(_ text: String, _ transform: TemplateTransform) -> TemplateValue {
        switch transform {
        case .empty: .bool(text.isEmpty)
        case .lowercased: .text(text.lowercased())
        case .uppercased: .text(text.uppercased())
        case .reversed: .text(String(text.reversed()))
        case .capitalized: .text(capitalized(text))
        default: .missing
        }
    }

    private static func numberTransform(_ number: Int, _ transform: TemplateTransform) -> TemplateValue {
        switch transform {
        case .equalzero: .bool(number == 0)
        case .plusone: .int(number + 1)
        case .minusone: .int(number - 1)
        case .even: .bool(number % 2 == 0)
        case .odd: .bool(number % 2 != 0)
        default: .missing
        }
    }

    /// Each word's first character in upper case and the others in lower case, words separated by whitespace.
    private static func capitalized(_ text: String) -> String {
        var result = ""
        var wordStart = true
        for character in text {
            if character.isWhitespace {
                result.append(character)
                wordStart = true
            } else {
                result += wordStart ? character.uppercased() : character.lowercased()
                wordStart = false
            }
        }
        return result
    }
}

extension TemplateText {
    /// The text as a string, for the transforms that change it.
    var string: String {
        var output = TemplateOutput(capacity: 256)
        write(to: &output, escaped: false)
        return output.withBytes { String(decoding: $0, as: UTF8.self) }
    }
}

/// A list read backwards.
struct ReversedTemplateList: TemplateList {
    let base: any TemplateList

    var count: Int { base.count }
    func element(at index: Int) -> TemplateValue { base.element(at: base.count - 1 - index) }
}
