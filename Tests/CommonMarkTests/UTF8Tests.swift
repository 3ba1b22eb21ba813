import CommonMark
import Testing

@Suite struct UTF8Tests {
    static let invalid: [UInt8] = Array("a".utf8) + [0xFF, 0xC3] + Array(" b\n".utf8)

    @Test func replacesInvalidBytesWithReplacementCharacter() {
        let document = Document(utf8: Self.invalid, options: .validateUTF8)
        #expect(document.html() == "<p>a\u{FFFD}\u{FFFD} b</p>\n")
        let literal = document.withRoot { $0.withFirstChild { $0.withFirstChild { $0.literal } } }
        #expect(literal == "a\u{FFFD}\u{FFFD} b")
    }

    @Test func acceptsNonContiguousBytes() {
        let document = Document(utf8: Self.invalid.lazy.map { $0 }, options: .validateUTF8)
        #expect(document.html() == "<p>a\u{FFFD}\u{FFFD} b</p>\n")
    }

    @Test func replacesNulCharacters() {
        #expect(Document(utf8: [0x61, 0x00, 0x62]).html() == "<p>a\u{FFFD}b</p>\n")
    }

    @Test func parsesEmptyBytes() {
        #expect(Document(utf8: [UInt8]()).html() == "")
    }

    @Test func keepsMultibyteCharacters() {
        #expect(Document(utf8: Array("# café 🎉".utf8), options: .validateUTF8).html() == "<h1>café 🎉</h1>\n")
    }
}
