import CommonMark
import Testing

@testable import Placard

/// A comment's link, URL and phone passes run only when its source may hold what they rewrite; the HTML must be
/// what all three passes give.
@Suite struct CommentPassesTests {
    static let bodies = [
        "Plain words, nothing to link.",
        "Call 202-401-9246 today.",
        "Call (202) 401-9246 or 1-800-FLOWERS.",
        "See www.example.org or HTTP://EXAMPLE.ORG/x.",
        "&#119;ww.example.org and &#x68;ttps://example.org are URLs once decoded.",
        "www\\.example.org and htt\\p://example.org",
        "&#50;02-401-9246 is a number once decoded.",
        "<https://example.org> and <ann@example.org>",
        "[a link](https://example.org/a) and [bad](javascript:alert(1))",
        "![an image](http://example.org/i.png) inside text",
        "[ref]\n\n[ref]: https://example.org/ref",
        "Emphasis *around www.example.org* and `code 202-401-9246`",
        "Numbers 1 2 3 but not four digits in a row: 12 34",
        "Line\\\nbreak and soft\nbreak www.\nexample.org",
    ]

    @Test(arguments: bodies) func rendersAsAllThreePassesWould(body: String) {
        let renderer = MarkdownRenderer(allowRawHTML: false)
        var document = Document(markdown: body, options: [.smartPunctuation, .validateUTF8])
        CommentLinks().apply(to: &document)
        Autolinker(rel: CommentLinks.rel).apply(to: &document, rawHTML: .omitted)
        renderer.phones.apply(to: &document, rawHTML: .omitted)
        #expect(renderer.commentHTML(body) == document.html([]))
    }

    @Test func linksWhatTheSourceHolds() {
        let renderer = MarkdownRenderer(allowRawHTML: false)
        #expect(renderer.commentHTML("Call 202-401-9246 today.").contains("href=\"tel:+12024019246\""))
        #expect(renderer.commentHTML("&#119;ww.example.org").contains("href=\"https://www.example.org\""))
        #expect(!renderer.commentHTML("Plain words.").contains("<a"))
    }
}
