import Foundation
import Testing

@testable import Placard

/// Byte-level fast paths give what the Foundation calls they replace give.
@Suite struct FastPathTests {
    static let samples = [
        "", "plain", "#Where & Why?", "Tom's \"quoted\" <b>", "Déjà vu 👋🏽", "a/b?c=d&e=f#g", "  padded\t",
        "\u{00A0}nbsp\u{2003}", "Ünïcödé ÅÉÎ", "tab\there", "'apostrophe'", "mixed-CASE_words.and~more",
        String((0..<128).map { Character(UnicodeScalar(UInt8($0))) }),
    ]

    @Test(arguments: samples)
    func percentEncodesAsFoundationDoes(_ text: String) {
        var allowed = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~")
        #expect(SocialContext.encode(text) == text.addingPercentEncoding(withAllowedCharacters: allowed))
    }

    /// The slug as the general path makes it (folding, then Character classes), for ASCII text.
    @Test(arguments: samples)
    func makesASCIISlugsAsTheGeneralPathDoes(_ text: String) {
        var expected = ""
        var pendingHyphen = false
        for character in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased() {
            if character.isLetter || character.isNumber {
                if pendingHyphen && !expected.isEmpty { expected.append("-") }
                pendingHyphen = false
                expected.append(character)
            } else if character != "'" && character != "’" {
                pendingHyphen = true
            }
        }
        #expect(Slug.make(text) == expected)
    }

    @Test(arguments: samples)
    func trimsAndSearchesAsFoundationDoes(_ text: String) {
        #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces))
        for byte in [UInt8(ascii: "&"), UInt8(ascii: "\r"), 0, 0xF0] {
            #expect(text.containsByte(byte) == text.utf8.contains(byte))
        }
    }
}
