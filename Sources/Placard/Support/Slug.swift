import Foundation

/// URL-safe names made from titles and headings.
public enum Slug {
    /// Lower-case ASCII letters and digits joined by single hyphens: "#WhereAreTheChildren: How to Help" →
    /// "wherearethechildren-how-to-help". Letters with accents lose them; other scripts are kept as they are.
    public static func make(_ text: String) -> String {
        if let ascii = makeASCII(text) { return ascii }
        var result = ""
        var pendingHyphen = false
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        for character in folded {
            if character.isLetter || character.isNumber {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(character)
            } else if character != "'" && character != "’" {
                pendingHyphen = true
            }
        }
        return result
    }

    /// ``make(_:)`` for ASCII text, byte by byte: folding and lower-casing ASCII is lower-casing its letters, and
    /// its letters and digits are ASCII letters and digits. `nil` for other text.
    private static func makeASCII(_ text: String) -> String? {
        var result: [UInt8] = []
        var pendingHyphen = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
                || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9"))
            {
                if pendingHyphen && !result.isEmpty { result.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                result.append(lower)
            } else if byte != UInt8(ascii: "'") {
                pendingHyphen = true
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether a name is safe as one folder of a URL and of `public/`: no separators, no dot segments, no controls.
    public static func isSafe(_ name: String) -> Bool {
        guard !name.isEmpty, name != ".", name != "..", !name.hasPrefix(".") else { return false }
        return !name.unicodeScalars.contains { scalar in
            scalar == "/" || scalar == "\\" || scalar.properties.generalCategory == .control
                || scalar == "?" || scalar == "#" || scalar == "%" || scalar == " "
        }
    }
}
