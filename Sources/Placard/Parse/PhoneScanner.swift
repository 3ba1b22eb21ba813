/// Finds telephone numbers in plain text, preferring to miss a number over linking something that is not one.
///
/// Numbers written with `+` and a country code are found whatever the site's region. Numbers without one are read as
/// North American (NANP) numbers when the region is a NANP country (the US by default) and left alone otherwise.
/// A NANP number needs its area code and its groups separated (`202-401-9246`, `(202) 401-9246`, `202.401.9246`,
/// `1 202 401 9246`); vanity letters need the leading `1-` or `+1` (`1-866-DHS-2-ICE`). A number must stand apart
/// from the words around it, so digits in dates, money, ids, versions and paths are never taken for one.
struct PhoneScanner: Sendable {
    /// The regions (ISO 3166 codes) whose numbers without a country code are NANP numbers.
    static let nanpRegions: Set<String> = [
        "US", "CA", "AG", "AI", "AS", "BB", "BM", "BS", "DM", "DO", "GD", "GU", "JM", "KN", "KY", "LC", "MP", "MS",
        "PR", "SX", "TC", "TT", "VC", "VG", "VI",
    ]

    /// Whether numbers without a country code are read as NANP numbers.
    let readsNationalNumbers: Bool

    /// A scanner for a site whose numbers without a country code belong to `region`.
    /// - Parameter region: an ISO 3166 country code such as `US` (`phone.region`).
    init(region: String) {
        readsNationalNumbers = Self.nanpRegions.contains(region.uppercased())
    }

    /// The numbers in `text`, in order and not overlapping.
    func matches(in text: [Unicode.Scalar]) -> [PhoneMatch] {
        var found: [PhoneMatch] = []
        var index = 0
        while index < text.count {
            if let match = match(in: text, at: index) {
                found.append(match)
                index = match.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The number when the whole of `text`, trimmed, is one; `nil` otherwise.
    func number(_ text: String) -> PhoneNumber? {
        let scalars = Array(text.trimmingSpaces.unicodeScalars)
        guard let match = match(in: scalars, at: 0), match.range == 0..<scalars.count else { return nil }
        return match.number
    }

    private func match(in text: [Unicode.Scalar], at start: Int) -> PhoneMatch? {
        let first = text[start]
        guard first.isASCIIDigit || first == "+" || first == "(", Self.startsApart(text, at: start) else { return nil }
        guard let (end, number) = nanp(in: text, at: start) ?? international(in: text, at: start),
            Self.endsApart(text, at: end)
        else { return nil }
        return PhoneMatch(range: start..<end, number: number)
    }

    /// Whether a number may begin at `index`: not glued to a word, a path, an amount or a list of digits before it.
    static func startsApart(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        guard let before = text[safe: index - 1], !before.isSpace else { return true }
        if before.isWordScalar || "/-.#$€£=&@_+%\\^~*|<>`".unicodeScalars.contains(before) { return false }
        if ",:;".unicodeScalars.contains(before) { return !(text[safe: index - 2]?.isASCIIDigit ?? false) }
        return true
    }

    /// Whether a number may end at `index`: followed by space, the end, or punctuation that is not glued to more
    /// letters or digits (`9246.` ends a sentence, `9246.5` does not end a number).
    static func endsApart(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        guard let after = text[safe: index], !after.isSpace else { return true }
        if after.isWordScalar || "/-#$€£=&@_+%\\^~*|<>`".unicodeScalars.contains(after) { return false }
        return !(text[safe: index + 1]?.isWordScalar ?? false)
    }

    /// The characters that may separate the groups of a number: hyphens (also the no-break ones), dots and spaces.
    static func isGroupSeparator(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return "-. \u{00A0}\u{202F}\u{2010}\u{2011}".unicodeScalars.contains(scalar)
    }

    /// The run of ASCII digits starting at `index`, as a string.
    static func digits(in text: [Unicode.Scalar], from index: Int) -> String {
        var end = index
        while text[safe: end]?.isASCIIDigit ?? false { end += 1 }
        return text.string(index..<end)
    }
}

extension String {
    /// The string without white space at either end.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
            let last = scalars.lastIndex(where: { !$0.isSpace })
        else { return "" }
        return String(scalars[first...last])
    }
}
