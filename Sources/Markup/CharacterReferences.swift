/// Decodes HTML character references (`&amp;`, `&#58;`, `&#x3A;`, `&colon;`) as a browser does, so that a URL
/// written with them is checked as the browser will load it.
///
/// Numeric references are decoded in full (with the HTML rules for 0, surrogates, values past U+10FFFF and the
/// windows-1252 range 0x80–0x9F). Named references are decoded for every name that stands for an ASCII character,
/// and for a few common others; an unknown name is left as it is, which only ever makes a URL look stranger.
/// The one decoder of the checker, the importers and the dev server.
package enum CharacterReferences {
    /// Names decoded when followed by `;`.
    static let named: [String: String] = [
        "Tab": "\t", "NewLine": "\n", "excl": "!", "quot": "\"", "QUOT": "\"", "num": "#", "dollar": "$",
        "percnt": "%", "amp": "&", "AMP": "&", "apos": "'", "lpar": "(", "rpar": ")", "ast": "*", "midast": "*",
        "plus": "+", "comma": ",", "period": ".", "sol": "/", "colon": ":", "semi": ";", "lt": "<", "LT": "<",
        "equals": "=", "gt": ">", "GT": ">", "quest": "?", "commat": "@", "lsqb": "[", "lbrack": "[",
        "bsol": "\\", "rsqb": "]", "rbrack": "]", "Hat": "^", "lowbar": "_", "UnderBar": "_", "grave": "`",
        "DiacriticalGrave": "`", "lcub": "{", "lbrace": "{", "verbar": "|", "vert": "|", "VerticalLine": "|",
        "rcub": "}", "rbrace": "}", "nbsp": "\u{A0}", "NonBreakingSpace": "\u{A0}", "copy": "©", "COPY": "©",
        "reg": "®", "REG": "®", "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "middot": "·", "larr": "←", "rarr": "→",
    ]

    /// Names also decoded without a `;` (HTML's legacy references), longest first.
    static let legacy = ["QUOT", "quot", "nbsp", "COPY", "copy", "AMP", "amp", "REG", "reg", "LT", "lt", "GT", "gt"]

    /// windows-1252 characters for the numeric references 0x80–0x9F, as HTML maps them.
    static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// The text with its character references decoded.
    /// - Parameter inAttribute: in an attribute value, a legacy name followed by a letter, digit or `=` is kept
    ///   as it is (`?a=1&copy=2`), as browsers do.
    package static func decode(_ text: String.UnicodeScalarView, inAttribute: Bool) -> String {
        let scalars = Array(text)
        guard scalars.contains("&") else { return String(text) }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "&",
                let (decoded, length) = reference(in: scalars, at: index + 1, inAttribute: inAttribute)
            else {
                result.append(scalars[index])
                index += 1
                continue
            }
            result.append(contentsOf: decoded.unicodeScalars)
            index += 1 + length
        }
        return String(result)
    }

    /// The reference after an `&`, and how many scalars it takes; nil when there is none.
    private static func reference(
        in scalars: [Unicode.Scalar],
        at start: Int,
        inAttribute: Bool
    ) -> (String, Int)? {
        guard start < scalars.count else { return nil }
        if scalars[start] == "#" { return numeric(in: scalars, at: start + 1).map { ($0, $1 + 1) } }
        var end = start
        while end < scalars.count, isAlphanumeric(scalars[end]) { end += 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<end]))
        if end < scalars.count, scalars[end] == ";", let value = named[word] { return (value, end - start + 1) }
        guard let name = legacy.first(where: { word.hasPrefix($0) }) else { return nil }
        let after = start + name.unicodeScalars.count
        if inAttribute, after < scalars.count, isAlphanumeric(scalars[after]) || scalars[after] == "=" { return nil }
        let semicolon = after < scalars.count && scalars[after] == ";" ? 1 : 0
        return (named[name]!, name.unicodeScalars.count + semicolon)
    }

    /// A numeric reference after `&#`: the character and how many scalars it takes.
    private static func numeric(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start
        let hex = index < scalars.count && (scalars[index] == "x" || scalars[index] == "X")
        if hex { index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < scalars.count, let digit = hexDigit(scalars[index]), hex || digit < 10 {
            value = min(value &* (hex ? 16 : 10) &+ digit, 0x11_0000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < scalars.count, scalars[index] == ";" { index += 1 }
        return (String(character(for: value)), index - start)
    }

    private static func character(for value: UInt32) -> Character {
        if let mapped = windows1252[value], let scalar = Unicode.Scalar(mapped) { return Character(scalar) }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return Character(scalar)
    }

    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 48
        case "a"..."f": scalar.value - 87
        case "A"..."F": scalar.value - 55
        default: nil
        }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
