/// North American numbers: `[+1 | 1 sep] (area) | area sep`, then `exchange sep line` or seven vanity characters.
extension PhoneScanner {
    /// A NANP number written at `start`, and where it ends.
    func nanp(in text: [Unicode.Scalar], at start: Int) -> (Int, PhoneNumber)? {
        guard let (prefix, areaStart) = countryPrefix(in: text, at: start),
            let (area, restStart) = Self.areaCode(in: text, at: areaStart)
        else { return nil }
        if let (local, end) = Self.numericLocal(in: text, at: restStart) {
            return (end, Self.number(text.string(start..<end), area: area, local: local, vanityPrefix: nil))
        }
        // Vanity letters only after a written country code: "THE 400-YEAR-OLD" is not a number.
        guard let prefix, let (local, end) = Self.vanityLocal(in: text, at: restStart) else { return nil }
        return (end, Self.number(text.string(start..<end), area: area, local: local, vanityPrefix: prefix))
    }

    /// The country code as written (`+1`, `1`, or none) and where the area code starts; `nil` when a number
    /// without `+1` cannot be a NANP number in this region.
    private func countryPrefix(in text: [Unicode.Scalar], at start: Int) -> (String?, Int)? {
        if text[start] == "+" {
            guard text[safe: start + 1] == "1" else { return nil }
            return ("+1-", Self.isGroupSeparator(text[safe: start + 2]) ? start + 3 : start + 2)
        }
        guard readsNationalNumbers else { return nil }
        if text[start] == "1", Self.isGroupSeparator(text[safe: start + 1]),
            let next = text[safe: start + 2], next.isASCIIDigit || next == "("
        {
            return ("1-", start + 2)
        }
        return (nil, start)
    }

    /// `(202)` with an optional space or hyphen after it, or `202` and a separator; the area code must be valid.
    private static func areaCode(in text: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        if text[safe: start] == "(" {
            let area = digits(in: text, from: start + 1)
            guard area.count == 3, text[safe: start + 4] == ")", isValidArea(area) else { return nil }
            let next = text[safe: start + 5]
            let skip = next == " " || next == "\u{00A0}" || next == "-" ? 1 : 0
            return (area, start + 5 + skip)
        }
        let area = digits(in: text, from: start)
        guard area.count == 3, isValidArea(area), isGroupSeparator(text[safe: start + 3]) else { return nil }
        return (area, start + 4)
    }

    /// `401-9246`: an exchange, one separator and four digits.
    private static func numericLocal(in text: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        let exchange = digits(in: text, from: start)
        guard exchange.count == 3, isValidExchange(exchange), isGroupSeparator(text[safe: start + 3]) else {
            return nil
        }
        let line = digits(in: text, from: start + 4)
        guard line.count == 4 else { return nil }
        return (exchange + line, start + 8)
    }

    /// `DHS-2-ICE`, `FLOWERS`: capital letters and digits in groups joined by `-` or `.`, seven in all, with at
    /// least one letter; returns the digits a keypad dials for them.
    private static func vanityLocal(in text: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var dialled = ""
        var index = start
        var hasLetter = false
        while true {
            guard let scalar = text[safe: index], scalar.isASCIIDigit || scalar.isASCIIUppercase else { return nil }
            while let scalar = text[safe: index], scalar.isASCIIDigit || scalar.isASCIIUppercase {
                hasLetter = hasLetter || scalar.isASCIIUppercase
                dialled.append(keypadDigit(scalar))
                index += 1
            }
            if dialled.count >= 7 { break }
            guard let separator = text[safe: index], separator == "-" || separator == "." else { return nil }
            index += 1
        }
        guard dialled.count == 7, hasLetter, isValidExchange(String(dialled.prefix(3))) else { return nil }
        return (dialled, index)
    }

    /// The digit on a phone keypad for a digit or a capital letter.
    private static func keypadDigit(_ scalar: Unicode.Scalar) -> Character {
        let keys = ["ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"]
        guard let key = keys.firstIndex(where: { $0.unicodeScalars.contains(scalar) }) else { return Character(scalar) }
        return Character(String(key + 2))
    }

    /// Area codes start with 2–9, never have 9 in the middle, and are not service codes like 911.
    private static func isValidArea(_ area: String) -> Bool {
        let digits = Array(area.unicodeScalars)
        return digits[0] != "0" && digits[0] != "1" && digits[1] != "9" && !(digits[1] == "1" && digits[2] == "1")
    }

    /// Exchanges start with 2–9 and are not service codes like 411.
    private static func isValidExchange(_ exchange: String) -> Bool {
        let digits = Array(exchange.unicodeScalars)
        return digits[0] != "0" && digits[0] != "1" && !(digits[1] == "1" && digits[2] == "1")
    }

    /// Whether ten national digits make a valid NANP number.
    static func isValidNANP(_ national: String) -> Bool {
        national.count == 10 && national.allSatisfy(\.isASCIIDigit)
            && isValidArea(String(national.prefix(3))) && isValidExchange(String(national.dropFirst(3).prefix(3)))
    }

    /// A NANP number from its parts; `vanityPrefix` is the country code as the digits should show it.
    static func number(_ written: String, area: String, local: String, vanityPrefix: String?) -> PhoneNumber {
        let digits = vanityPrefix.map { "\($0)\(area)-\(local.prefix(3))-\(local.suffix(4))" }
        return PhoneNumber(
            written: written, e164: "+1" + area + local, dialableDigits: digits,
            isTollFree: PhoneNumber.tollFreeAreaCodes.contains(area))
    }
}

extension Character {
    /// `0`–`9`.
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
