import Foundation
import Testing

@testable import Placard

@Suite struct AutolinkTests {
    /// Markdown and the HTML of its paragraph, for the examples of the GFM spec's autolink extension (with `https://`
    /// for `www.` links and our class).
    static let gfmExamples: [(String, String)] = [
        (
            "www.commonmark.org",
            "<a class=\"bare-url\" href=\"https://www.commonmark.org\">www.commonmark.org</a>"
        ),
        (
            "Visit www.commonmark.org/help for more information.",
            "Visit <a class=\"bare-url\" href=\"https://www.commonmark.org/help\">www.commonmark.org/help</a> for more"
                + " information."
        ),
        (
            "Visit www.commonmark.org.",
            "Visit <a class=\"bare-url\" href=\"https://www.commonmark.org\">www.commonmark.org</a>."
        ),
        (
            "Visit www.commonmark.org/a.b.",
            "Visit <a class=\"bare-url\" href=\"https://www.commonmark.org/a.b\">www.commonmark.org/a.b</a>."
        ),
        (
            "www.google.com/search?q=Markup+(business)",
            "<a class=\"bare-url\" href=\"https://www.google.com/search?q=Markup+(business)\">"
                + "www.google.com/search?q=Markup+(business)</a>"
        ),
        (
            "www.google.com/search?q=Markup+(business)))",
            "<a class=\"bare-url\" href=\"https://www.google.com/search?q=Markup+(business)\">"
                + "www.google.com/search?q=Markup+(business)</a>))"
        ),
        (
            "(www.google.com/search?q=Markup+(business))",
            "(<a class=\"bare-url\" href=\"https://www.google.com/search?q=Markup+(business)\">"
                + "www.google.com/search?q=Markup+(business)</a>)"
        ),
        (
            "(www.google.com/search?q=Markup+(business)",
            "(<a class=\"bare-url\" href=\"https://www.google.com/search?q=Markup+(business)\">"
                + "www.google.com/search?q=Markup+(business)</a>"
        ),
        (
            "www.google.com/search?q=(business))+ok",
            "<a class=\"bare-url\" href=\"https://www.google.com/search?q=(business))+ok\">"
                + "www.google.com/search?q=(business))+ok</a>"
        ),
        (
            "www.google.com/search?q=commonmark&hl=en",
            "<a class=\"bare-url\" href=\"https://www.google.com/search?q=commonmark&amp;hl=en\">"
                + "www.google.com/search?q=commonmark&amp;hl=en</a>"
        ),
        (
            "www.google.com/search?q=commonmark&hl;",
            "<a class=\"bare-url\" href=\"https://www.google.com/search?q=commonmark\">"
                + "www.google.com/search?q=commonmark</a>&amp;hl;"
        ),
        (
            "www.commonmark.org/he<lp",
            "<a class=\"bare-url\" href=\"https://www.commonmark.org/he\">www.commonmark.org/he</a>&lt;lp"
        ),
        (
            "http://commonmark.org",
            "<a class=\"bare-url\" href=\"http://commonmark.org\">http://commonmark.org</a>"
        ),
        (
            "(Visit https://encrypted.google.com/search?q=Markup+(business))",
            "(Visit <a class=\"bare-url\" href=\"https://encrypted.google.com/search?q=Markup+(business)\">"
                + "https://encrypted.google.com/search?q=Markup+(business)</a>)"
        ),
        (
            "Anonymous FTP is available at ftp://foo.bar.baz.",
            "Anonymous FTP is available at ftp://foo.bar.baz."
        ),
    ]

    @Test(arguments: gfmExamples)
    func linksLikeGitHub(markdown: String, html: String) {
        #expect(renderPost(markdown) == "<p>\(html)</p>\n")
    }

    @Test(arguments: [
        ("https://example.org/a?b=c!", "https://example.org/a?b=c"),
        ("https://example.org/a.b,", "https://example.org/a.b"),
        ("https://example.org/a:", "https://example.org/a"),
        ("https://example.org/a*", "https://example.org/a"),
        ("https://example.org/a_", "https://example.org/a"),
        ("https://example.org/a~", "https://example.org/a"),
        ("\"https://example.org/a\"", "https://example.org/a"),
        ("'https://example.org/a'", "https://example.org/a"),
        ("https://example.org/a--b", "https://example.org/a--b"),
        ("https://example.org/it's", "https://example.org/it's"),
        ("HTTPS://Example.org/A", "HTTPS://Example.org/A"),
        ("http://localhost:8000/x", "http://localhost:8000/x"),
        ("https://a_b.example.org/", "https://a_b.example.org/"),
        ("https://example.org/a...", "https://example.org/a"),
    ])
    func leavesTrailingPunctuationOut(markdown: String, url: String) {
        let html = renderPost(markdown)
        #expect(html.contains(">\(url)</a>"), "\(html)")
        #expect(html.occurrences(of: "<a ") == 1, "\(html)")
    }

    @Test(arguments: [
        "`https://example.org`", "```\nhttps://example.org\n```", "    www.example.org",
        "Wherearethechildren.org", "FiftyFourAndAHalf.com", "foo@bar.baz", "xhttps://example.org", "awww.example.org",
        "www.example_site.org", "https://", "www.", "http://_", "mailto:someone",
    ])
    func leavesAlone(markdown: String) {
        #expect(!renderPost(markdown).contains("<a "), "\(renderPost(markdown))")
    }

    @Test func leavesExistingLinksAlone() {
        let explicit = renderPost("[https://example.org](https://example.com/)")
        #expect(explicit == "<p><a href=\"https://example.com/\">https://example.org</a></p>\n")
        #expect(
            renderPost("<https://example.org>") == "<p><a href=\"https://example.org\">https://example.org</a></p>\n")
        let comment = renderComment("[see www.example.org](https://example.com/)")
        #expect(comment.occurrences(of: "<a ") == 1)
    }

    @Test func linksSeveralURLsAcrossSmartPunctuation() {
        let html = renderPost("See “https://example.org/a” and www.example.com--or not.")
        #expect(html.contains("“<a class=\"bare-url\" href=\"https://example.org/a\">https://example.org/a</a>” and"))
        #expect(html.contains("href=\"https://www.example.com--or\""))
    }

    @Test func escapesWhatALinkCarries() {
        let html = renderPost("https://example.org/a\"b<c")
        #expect(html.contains("href=\"https://example.org/a%22b\">https://example.org/a&quot;b</a>&lt;c"), "\(html)")
    }

    @Test func givesEveryLinkInACommentNofollowUGCNoopener() {
        let html = renderComment(
            "Read https://www.aclu.org/blog/x and [the thread](https://threadreaderapp.com/thread/1.html \"T\") or"
                + " <https://example.org> or [mail](mailto:a@example.org).")
        #expect(
            html.contains(
                "<a class=\"bare-url\" href=\"https://www.aclu.org/blog/x\" rel=\"nofollow ugc noopener\">"
                    + "https://www.aclu.org/blog/x</a>"))
        #expect(
            html.contains(
                "<a href=\"https://threadreaderapp.com/thread/1.html\" title=\"T\" rel=\"nofollow ugc noopener\">"
                    + "the thread</a>"))
        #expect(
            html.contains(
                "<a class=\"bare-url\" href=\"https://example.org\" rel=\"nofollow ugc noopener\">"
                    + "https://example.org</a>"))
        #expect(html.contains("<a href=\"mailto:a@example.org\" rel=\"nofollow ugc noopener\">mail</a>"))
        #expect(html.occurrences(of: "<a ") == 4)
        #expect(html.occurrences(of: "rel=\"nofollow ugc noopener\"") == 4)
    }

    @Test(arguments: [
        "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](  javascript:alert(1))", "[x](vbscript:msgbox)",
        "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](file:///etc/passwd)", "[x](/relative/page)", "[x](#top)",
        "<javascript:alert(1)>", "[x](<java script:alert(1)>)", "[x](java&#115;cript:alert(1))",
        "![x](javascript:alert(1))",
    ])
    func linksOnlyWebAndMailAddressesInComments(markdown: String) {
        let html = renderComment(markdown)
        #expect(!html.contains("<a"), "\(html)")
        #expect(!html.contains("href"), "\(html)")
    }

    @Test func keepsQuotesOutOfACommentLinksAttributes() {
        let html = renderComment("[x](https://example.org/\"onmouseover=\"alert(1))")
        #expect(html.contains("href=\"https://example.org/%22onmouseover=%22alert(1)\""), "\(html)")
    }

    @Test func turnsACommentsImageIntoALinkToIt() {
        #expect(
            renderComment("![a pixel](https://tracker.example/p.gif)")
                == "<p><a href=\"https://tracker.example/p.gif\" rel=\"nofollow ugc noopener\">a pixel</a></p>\n")
        #expect(renderComment("[![logo](https://x.example/l.png)](https://x.example/)").contains(">logo</a>"))
        #expect(!renderComment("[![logo](https://x.example/l.png)](https://x.example/)").contains("l.png"))
    }

    @Test func linksTheSeedsCommentURLsWithoutTakingTheirDigitsForPhoneNumbers() {
        let html = renderComment(
            "this could hurt the kids! https://twitter.com/jduffyrice/status/1000927903759110144?s=19\n\n"
                + "Please read this: https://threadreaderapp.com/thread/1000927903759110144.html")
        #expect(
            html.contains(
                "href=\"https://twitter.com/jduffyrice/status/1000927903759110144?s=19\" rel=\"nofollow ugc noopener\">"
            ))
        #expect(html.contains("href=\"https://threadreaderapp.com/thread/1000927903759110144.html\""))
        #expect(!html.contains("tel:"))
    }
}

extension AutolinkTests {
    @Test func leavesTextInsideRawHTMLLinksAloneWhenRawHTMLIsRendered() {
        let renderer = MarkdownRenderer(allowRawHTML: true)
        let html = renderPost(
            "<a href=\"https://example.org/\">https://example.org/ or 202-401-9246</a> and https://example.com",
            renderer)
        #expect(html.occurrences(of: "<a ") == 2, "\(html)")
        #expect(!html.contains("tel:"))
        #expect(html.contains("<a class=\"bare-url\" href=\"https://example.com\">https://example.com</a>"))
        #expect(renderPost("<code>www.example.org</code>", renderer) == "<p><code>www.example.org</code></p>\n")
        let comment = renderComment("<a href=\"https://example.org/\">https://example.org/</a>")
        #expect(comment.contains("<a class=\"bare-url\" href=\"https://example.org/\" rel=\"nofollow ugc noopener\">"))
    }
}
