import Foundation

/// URL-safe names made from titles and headings, and the one rule for names that become a folder of `public/` and a
/// segment of a URL: post slugs, post folders, page file names.
public enum Slug {
    /// The longest name, in UTF-8 bytes: file systems allow 255, and a build needs room beside it.
    public static let maxBytes = 200
    /// The longest slug made from a title (`placard new post`, imports): long enough to read, short enough to share.
    public static let madeBytes = 100

    /// Lower-case ASCII letters and digits joined by single hyphens: "#WhereAreTheChildren: How to Help" →
    /// "wherearethechildren-how-to-help". Letters with accents lose them; other scripts are kept as they are.
    public static func make(_ text: String) -> String {
        if let ascii = makeASCII(text) { return ascii }
        var result = ""
        var pendingHyphen = false
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        for character in folded {
            if character.isLetter || character.isNumber, isAllowed(character) {
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

    /// ``make(_:)`` cut to at most `limit` UTF-8 bytes, at a hyphen when there is one in the second half.
    public static func make(_ text: String, fitting limit: Int) -> String {
        let slug = make(text)
        guard slug.utf8.count > limit else { return slug }
        var cut = ""
        for character in slug {
            guard cut.utf8.count + character.utf8.count <= limit else { break }
            cut.append(character)
        }
        if let hyphen = cut.lastIndex(of: "-"), cut.utf8.distance(from: cut.startIndex, to: hyphen) > limit / 2 {
            cut = String(cut[..<hyphen])
        }
        return cut
    }

    /// Whether a name is safe as one folder of a URL and of `public/`.
    public static func isSafe(_ name: String) -> Bool {
        problem(name, as: "the name") == nil
    }

    /// Why a name cannot be a folder of `public/` and a segment of a URL, as an error message that starts with
    /// `what` ("the slug") and says what to write instead; nil when it can. Letters, marks and digits of any script,
    /// `-`, `_` and `.` are allowed; a leading dot, `/ \ " & ; : * | ? # %`, spaces, controls and invisible
    /// characters (bidi overrides, zero-width spaces, soft hyphens) are not, nor more than ``maxBytes`` bytes.
    public static func problem(_ name: String, as what: String) -> String? {
        // Made only for a message: every post's slug is checked on every build.
        var shown: String { "\(what) '\(visible(name))'" }
        if name.isEmpty { return "\(what) is empty; use letters, digits and hyphens" }
        if name.hasPrefix(".") {
            return "\(shown) starts with a dot, which would hide its folder; start it with a letter or a digit"
        }
        if name.utf8.count > maxBytes {
            return "\(what) '\(visible(String(name.prefix(40))))…' is \(name.utf8.count) bytes long; "
                + "shorten it to at most \(maxBytes)"
        }
        guard let bad = name.unicodeScalars.first(where: { !isAllowed($0) }) else { return nil }
        return "\(shown) holds \(describe(bad)), which a folder name and a URL cannot hold; "
            + "use letters, digits, hyphens, underscores and dots only"
    }

    private static func isAllowed(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy(isAllowed)
    }

    /// Whether a name may hold the character: letters, marks and digits of any script, `-`, `_` and `.`.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "-" || scalar == "_" || scalar == "." { return true }
        let properties = scalar.properties
        guard !properties.isDefaultIgnorableCodePoint, !properties.isBidiControl else { return false }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
            .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// A character as a message shows it: itself when it can be seen, else its code point and what it is.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        let properties = scalar.properties
        if properties.isWhitespace { return scalar == " " ? "a space" : "\(code), a space" }
        if properties.generalCategory == .control { return "\(code), a control character" }
        if properties.isBidiControl { return "\(code), an invisible character that reorders text" }
        if properties.isDefaultIgnorableCodePoint || properties.generalCategory == .format {
            return "\(code), an invisible character"
        }
        return "'\(scalar)'"
    }

    /// The name with every character that cannot be seen (or that reorders the line) written as `<U+XXXX>`, so that a
    /// message shows what is really there.
    static func visible(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            let properties = scalar.properties
            if properties.isDefaultIgnorableCodePoint || properties.isBidiControl
                || properties.generalCategory == .format
                || properties.generalCategory == .control || (properties.isWhitespace && scalar != " ")
            {
                result += "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension String {
    /// The text with zeros before it up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
