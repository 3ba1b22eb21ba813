import Markup
import Testing

/// The scanner's reading of one tag at a time and of bytes, which the comment importer and the dev server use (the
/// page walk itself is tested with the checker, in CheckScannerTests).
@Suite struct HTMLScannerTests {
    @Test func readsBytesOneScalarPerByteWithByteOffsets() throws {
        let metaTag = "<meta content=\"a &amp; b &#39;c&#x27; &lt;&gt; &nope; &\" x='"
        let bytes = Array("<p>é</p>\(metaTag)".utf8) + [0xE9, 0x27, 0x3E]
        var scanner = HTMLScanner(latin1: bytes)
        guard case .start(let paragraph) = scanner.next() else { Issue.record("no <p>"); return }
        #expect(paragraph.name == "p" && scanner.tokenStart == 0 && scanner.tokenEnd == 3)
        guard case .end("p", _) = scanner.next() else { Issue.record("no </p>"); return }
        #expect(scanner.tokenStart == 5 && scanner.tokenEnd == 9)  // é is two bytes
        guard case .start(let meta) = scanner.next() else { Issue.record("no <meta>"); return }
        #expect(meta.value("content") == "a & b 'c' <> &nope; &")
        #expect(meta.value("x") == "\u{E9}")
        let written = try #require(meta.attribute("x")?.written)
        #expect(Array(bytes[written]) == [0x27, 0xE9, 0x27])
        #expect(scanner.tokenEnd == bytes.count)
        #expect(scanner.next() == nil)
    }

    @Test func readsTheSameTagsFromBytesAsFromText() {
        let page = "<!-- <a> --><p title=\"naïve\">€ <b>x</b><script>if (a<b) x()</script><img src=a.png>"
        func names(_ tokens: [HTMLToken]) -> [String] {
            tokens.map { token in
                switch token {
                case .start(let tag): tag.name + " " + tag.attributes.map(\.name).joined(separator: " ")
                case .end(let name, _): "/" + name
                case .rawText(let element, let text, _): element + ": " + text
                }
            }
        }
        var scanner = HTMLScanner(latin1: Array(page.utf8))
        var fromBytes: [HTMLToken] = []
        while let token = scanner.next() { fromBytes.append(token) }
        #expect(names(fromBytes) == names(HTMLScanner.tokens(in: page)))
        #expect(names(fromBytes) == ["p title", "b ", "/b", "script ", "script: if (a<b) x()", "/script", "img src"])
    }

    @Test func readsOneTagAtATime() {
        var scanner = HTMLScanner("<A HREF='x'>a < b</a><script><b>")
        guard case .start(let link) = scanner.tag() else { Issue.record("no <a>"); return }
        #expect(link.value("href") == "x")
        #expect(scanner.index == 12 && scanner.tokenStart == 0 && scanner.tokenEnd == 12)
        scanner.index = 14  // the `<` of `a < b`
        let none = scanner.tag()
        #expect(none == nil)
        #expect(scanner.index == 14)
        scanner.index = 17
        guard case .end("a", _) = scanner.tag() else { Issue.record("no </a>"); return }
        #expect(scanner.index == 21)
        _ = scanner.tag()  // <script>: what follows is left to the caller
        guard case .start(let bold) = scanner.tag() else { Issue.record("no <b>"); return }
        #expect(bold.name == "b")
    }

    @Test func tellsATagCutOffByTheEndFromALessThanSign() {
        for text in ["<a href=\"x>y</a>", "</a", "<br"] {
            var scanner = HTMLScanner(text)
            let none = scanner.tag()
            #expect(none == nil)
            #expect(scanner.index == scanner.scalars.count)
        }
        for text in ["<3", "< a", "</>", "</ a>", "<!-- a -->", "<?php ?>", "<"] {
            var scanner = HTMLScanner(text)
            let none = scanner.tag()
            #expect(none == nil)
            #expect(scanner.index == 0)
        }
    }

    @Test func skipsOneComment() {
        var scanner = HTMLScanner("<!-- <b> --><b><!--><!-- never closed <b>")
        let skipped1 = scanner.skipComment()
        #expect(skipped1)
        #expect(scanner.index == 12)
        let skipped2 = scanner.skipComment()
        #expect(!skipped2)
        #expect(scanner.index == 12)
        scanner.index = 15
        let skipped3 = scanner.skipComment()
        #expect(skipped3)
        #expect(scanner.index == 20)
        let skipped4 = scanner.skipComment()
        #expect(skipped4)
        #expect(scanner.index == scanner.scalars.count)
    }
}
