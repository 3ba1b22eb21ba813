import Foundation

/// URL-safe names made from titles and headings.
public enum Slug {
    /// Lower-case ASCII letters and digits joined by single hyphens: "#WhereAreTheChildren: How to Help" →
    /// "wherearethechildren-how-to-help". Letters with accents lose them; other scripts are kept as they are.
    public static func make(_ text: String) -> String {
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

    /// Whether a name is safe as one folder of a URL and of `public/`: no separators, no dot segments, no controls.
    public static func isSafe(_ name: String) -> Bool {
        guard !name.isEmpty, name != ".", name != "..", !name.hasPrefix(".") else { return false }
        return !name.unicodeScalars.contains { scalar in
            scalar == "/" || scalar == "\\" || scalar.properties.generalCategory == .control
                || scalar == "?" || scalar == "#" || scalar == "%" || scalar == " "
        }
    }
}
