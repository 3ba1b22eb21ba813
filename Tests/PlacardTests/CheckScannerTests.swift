import Markup
import Testing

@testable import Placard
@testable import PlacardCheck

@Suite struct CheckScannerTests {
    func tags(_ html: String) -> [String] {
        HTMLScanner.tokens(in: html).compactMap { token in
            guard case .start(let tag) = token else { return nil }
            let attributes = tag.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
            return "\(tag.position.line):\(tag.position.column) \(tag.name) \(attributes)"
        }
    }

    @Test func readsTagsAndAttributesWithTheirPositions() {
        let html = "<!DOCTYPE html>\n<P CLASS=a data-x = 'b c' hidden\n   title=\"&quot;x&amp;y&#x22;\" /><br/>"
        #expect(tags(html) == ["2:1 p class=a data-x=b c hidden= title=\"x&y\"", "3:34 br "])
        let attribute = HTMLScanner.tokens(in: html).compactMap { token -> HTMLTag? in
            guard case .start(let tag) = token else { return nil }
            return tag
        }.first?.attribute("title")
        #expect(attribute?.position == TextPosition(line: 3, column: 4))
    }

    @Test func skipsCommentsDeclarationsAndRawText() {
        let html = """
            <!-- <img src=a> --><!--><img src=b><!---><img src=c><!-- --!><img src=d>
            <![CDATA[ x ]]><?php echo ?><img src=e>
            <script>if (a<b) document.write("<img src=f>")</script ><img src=g>
            <title><img src=h></title><textarea><img src=i></TEXTAREA><img src=j>
            <img src=k
            """
        #expect(
            tags(html).map { $0.split(separator: " ").dropFirst().joined(separator: " ") } == [
                "img src=b", "img src=c", "img src=d", "img src=e", "script", "img src=g", "title", "textarea",
                "img src=j",
            ])
    }

    /// An attribute whose quote never closes runs to the end of the page: a browser reads every later `<` as part of
    /// the value and drops the unfinished tag, so nothing after it is a tag.
    @Test func readsNothingAfterAnAttributeWhoseQuoteNeverCloses() {
        #expect(tags("<p><a title=\"x <img src=y> <script>z</script>") == ["1:1 p "])
        #expect(tags("<b class='c><i>") == [])
    }

    @Test func returnsTheTextOfStyleAndScriptElements() {
        let tokens = HTMLScanner.tokens(in: "<p>\n  <style>a { b: c }</style>")
        #expect(
            tokens.contains(.rawText(element: "style", text: "a { b: c }", position: TextPosition(line: 2, column: 10)))
        )
    }

    @Test(arguments: [
        ("&amp;&AMP;&lt&gt;", "&&<>"), ("&#58;&#x3a;&#X3A&colon;", "::::"), ("?a=1&copy=2", "?a=1&copy=2"),
        ("&copy 2018", "© 2018"), ("&#0;&#x110000;&#128;", "\u{FFFD}\u{FFFD}€"), ("&unknown; &#; &", "&unknown; &#; &"),
    ])
    func decodesCharacterReferencesAsBrowsersDo(text: String, decoded: String) {
        #expect(CharacterReferences.decode(text.unicodeScalars, inAttribute: true) == decoded)
    }

    @Test(arguments: [
        ("https://Example.org/posts/a/", URLTarget.site(path: "posts/a/index.html", fragment: nil)),
        ("../b/#x%20y", .site(path: "posts/b/index.html", fragment: "x y")),
        ("?page=2#top", .site(path: "posts/a/index.html", fragment: "top")),
        ("https:photo.png", .site(path: "posts/a/photo.png", fragment: nil)),
        ("http:tracker.example", .foreign(host: "tracker.example")),
        ("/%2e%2e/assets/./style.css", .site(path: "assets/style.css", fragment: nil)),
        ("//[::1]:8080/x", .foreign(host: "[::1]")),
        ("\u{0}\u{20}mailto:a@example.org", .otherScheme("mailto")),
        ("DATA:image/png,x", .data), ("java\nscript:alert(1)", .script), ("https://", .invalid),
        ("", .site(path: "posts/a/index.html", fragment: nil)),
    ])
    func resolvesURLsAsBrowsersDo(url: String, target: URLTarget) throws {
        let resolver = try #require(URLResolver(baseURL: "https://example.org/"))
        #expect(resolver.resolve(url, from: "posts/a/index.html") == target)
    }

    @Test func findsTheURLsOfCSS() {
        let css = "a{b:url( \"x.png\" )}/*url(no)*/@import 'y.css';c{d:\\75 rl(z\\).png)}e{f:\"url(no)\"}"
        #expect(CSSScanner.references(in: css).map(\.url) == ["x.png", "y.css", "z).png"])
    }
}
