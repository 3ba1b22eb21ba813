import Placard
import Testing

@testable import PlacardServer

/// Where the script, style and overlay go in a page, and what else changes (only the policy).
@Suite struct LivePageTests {
    let page = LivePage(nonce: "n0nce", version: "v.1", notFound: false, overlay: nil)

    private func inject(_ html: String, into page: LivePage? = nil) -> String {
        String(decoding: (page ?? self.page).inject(into: Array(html.utf8)), as: UTF8.self)
    }

    @Test func putsTheScriptBeforeTheEndOfTheHead() {
        let result = inject("<html><HEAD><title>x</title></HEAD><body>y</body></html>")
        #expect(result.hasPrefix("<html><HEAD><title>x</title><script nonce=\"n0nce\">\n(() => {"))
        #expect(result.hasSuffix("</script>\n</HEAD><body>y</body></html>"))
    }

    @Test func appendsTheScriptToAPageWithoutHead() {
        let result = inject("<p>fragment</p>\n")
        #expect(result.hasPrefix("<p>fragment</p>\n<script nonce=\"n0nce\">"))
    }

    @Test func rewritesOnlyThePolicyMetaInTheHead() {
        let html = """
            <head><meta name="description" content="script-src 'none'">\
            <META HTTP-EQUIV='content-security-policy' CONTENT='script-src &apos;none&apos;'></head>\
            <body><meta http-equiv="Content-Security-Policy" content="script-src 'none'"></body>
            """
        let result = inject(html)
        #expect(result.contains("<meta name=\"description\" content=\"script-src 'none'\">"))
        #expect(result.contains("CONTENT=\"script-src 'nonce-n0nce'\">"))
        #expect(
            result.hasSuffix("<body><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'\"></body>")
        )
    }

    @Test func putsTheOverlayRightAfterTheBodyTag() {
        let overlay = ErrorOverlay(kind: .failedRebuild, diagnostics: [Diagnostic("broken <b>")])
        let result = inject(
            "<head></head><body data-x=\"a>b\">text</body>",
            into: LivePage(nonce: "n", version: "v", notFound: false, overlay: overlay))
        #expect(result.contains("<body data-x=\"a>b\"><div id=\"placard-overlay\""))
        #expect(result.contains("error: broken &lt;b&gt;"))
        #expect(result.contains("<style nonce=\"n\">"))
    }

    @Test func scriptWatchesTheNotFoundPageToo() {
        let result = inject("<head></head>", into: LivePage(nonce: "n", version: "v", notFound: true, overlay: nil))
        #expect(result.contains("const own = [path, \"404.html\"];"))
    }

    @Test func decodesAttributeValues() {
        #expect(TagAttributes.decode("a &amp; b &#39;c&#x27; &lt;&gt; &nope; &") == "a & b 'c' <> &nope; &")
    }
}
