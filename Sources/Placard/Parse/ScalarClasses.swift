/// Character classes the scanners in this folder share; they look at Unicode scalars, not at grapheme clusters.
extension Unicode.Scalar {
    /// `0`–`9`.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }

    /// `A`–`Z`.
    var isASCIIUppercase: Bool { ("A"..."Z").contains(self) }

    /// Letters, digits and combining marks of any script: the scalars that make up words.
    var isWordScalar: Bool {
        if isASCII {
            let value = self.value | 0x20
            return (0x61...0x7A).contains(value) || (0x30...0x39).contains(self.value)
        }
        return switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            true
        default:
            false
        }
    }

    /// White space, including no-break spaces.
    var isSpace: Bool { properties.isWhitespace }

    /// Punctuation of any script (Unicode categories P*).
    var isPunctuation: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalar at `index`, or `nil` past either end.
    subscript(safe index: Int) -> Unicode.Scalar? {
        indices.contains(index) ? self[index] : nil
    }

    /// The scalars in `range` as a string.
    func string(_ range: Range<Int>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: self[range])
        return text
    }
}
