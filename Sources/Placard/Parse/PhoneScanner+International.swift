/// International numbers: `+`, a country code and groups of digits (`+44 20 7946 0958`, `+41 (0)44 668 18 00`).
extension PhoneScanner {
    /// One group of digits and where it ends in the text.
    private struct Group {
        var end: Int
        var digits: String
        var isParenthesised = false
    }

    /// An international number written at `start`, and where it ends.
    ///
    /// The groups may be separated by one hyphen, dot or space; a `(0)` after the country code is the national
    /// trunk prefix and is left out of the E.164 form. Trailing groups that would make the number longer than
    /// E.164 allows (15 digits) are not part of it; fewer than 9 digits in all is not taken for a number.
    func international(in text: [Unicode.Scalar], at start: Int) -> (Int, PhoneNumber)? {
        guard text[start] == "+", let first = text[safe: start + 1], first.isASCIIDigit, first != "0" else {
            return nil
        }
        var groups = Self.groups(in: text, from: start + 1)
        while groups.count > 1, groups.reduce(0, { $0 + $1.digits.count }) > 15 { groups.removeLast() }
        while groups.last?.isParenthesised ?? false { groups.removeLast() }
        let digits = groups.map(\.digits).joined()
        guard let last = groups.last, (9...15).contains(digits.count),
            let country = CountryCodes.prefix(of: digits)
        else { return nil }
        let national = String(digits.dropFirst(country.count))
        if country == "1" && !Self.isValidNANP(national) { return nil }
        let isTollFree = country == "1" && PhoneNumber.tollFreeAreaCodes.contains(String(national.prefix(3)))
        let number = PhoneNumber(
            written: text.string(start..<last.end), e164: "+" + digits, dialableDigits: nil, isTollFree: isTollFree)
        return (last.end, number)
    }

    /// The groups of digits from `start`: runs of digits joined by one separator or by a parenthesised group.
    private static func groups(in text: [Unicode.Scalar], from start: Int) -> [Group] {
        var groups: [Group] = []
        var index = start
        while true {
            let run = digits(in: text, from: index)
            guard !run.isEmpty else { break }
            index += run.count
            groups.append(Group(end: index, digits: run))
            if isGroupSeparator(text[safe: index]), text[safe: index + 1]?.isASCIIDigit ?? false {
                index += 1
            } else if let (inner, next) = parenthesised(in: text, from: index) {
                // "(0)" right after the country code is the trunk prefix, dialled only from inside the country.
                let digits = groups.count == 1 && inner == "0" ? "" : inner
                groups.append(Group(end: next, digits: digits, isParenthesised: true))
                index = next
            } else {
                break
            }
        }
        return groups
    }

    /// `(0)` or ` (20) ` between groups: its digits and where the next group starts.
    private static func parenthesised(in text: [Unicode.Scalar], from index: Int) -> (String, Int)? {
        let open = text[safe: index] == "(" ? index : index + 1
        guard text[safe: open] == "(", open == index || isGroupSeparator(text[safe: index]) else { return nil }
        let inner = digits(in: text, from: open + 1)
        let close = open + 1 + inner.count
        guard (1...4).contains(inner.count), text[safe: close] == ")" else { return nil }
        let next = isGroupSeparator(text[safe: close + 1]) ? close + 2 : close + 1
        guard text[safe: next]?.isASCIIDigit ?? false else { return nil }
        return (inner, next)
    }
}
