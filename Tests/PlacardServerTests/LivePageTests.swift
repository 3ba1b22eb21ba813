import Foundation
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

    @Test func decodesThePolicyLikeABrowser() {
        let result = inject(
            "<head><meta http-equiv=Content-Security-Policy "
                + "content=\"img-src a&amp;b &#39;self&#x27;; script-src &apos;none&apos;\"></head>")
        #expect(result.contains("content=\"img-src a&amp;b 'self'; script-src 'nonce-n0nce'\">"))
    }

    @Test func ignoresTagsInCommentsScriptsAndTitles() throws {
        let decoys = """
            <head><title>a </head> <body></title><!-- </head><body><meta http-equiv="content-security-policy" \
            content="script-src 'none'"> --><script>document.write('<meta http-equiv="content-security-policy" \
            content="script-src \\'none\\'"></head><body>')</script>
            """
        let html =
            decoys + """
                <meta http-equiv="content-security-policy" content="script-src 'none'"></head><body class=x>text</body>
                """
        let overlay = ErrorOverlay(kind: .failedRebuild, diagnostics: [Diagnostic("broken")])
        let result = inject(html, into: LivePage(nonce: "n", version: "v", notFound: false, overlay: overlay))
        #expect(result.hasPrefix(decoys))
        let style = try #require(result.range(of: "<style nonce=\"n\">"))
        #expect(
            result[..<style.lowerBound].hasSuffix(
                "<meta http-equiv=\"content-security-policy\" content=\"script-src 'nonce-n'\">"))
        #expect(result.contains("</script>\n</head><body class=x><div id=\"placard-overlay\""))
        #expect(result.components(separatedBy: "'nonce-n'").count == 2)
    }

    @Test func keepsEveryByteOfAPageThatIsNotUTF8() {
        // Latin-1: "café" and "naïve" have one byte outside ASCII each, which is not UTF-8.
        let before = Array("<html><head><title>caf".utf8) + [0xE9] + Array("</title>".utf8)
        let policy =
            Array("<meta http-equiv=content-security-policy content='script-src &apos;none&apos;; img-src na".utf8)
            + [0xEF] + Array("ve'>".utf8)
        let after = Array("</head><body>".utf8) + [0xE0, 0xFF, 0x80] + Array("</body></html>".utf8)
        let result = page.inject(into: before + policy + after)
        let rewritten = Array(
            "<meta http-equiv=content-security-policy content=\"script-src 'nonce-n0nce'; img-src na&#xEF;ve\">".utf8)
        #expect(Array(result.prefix(before.count + rewritten.count)) == before + rewritten)
        #expect(Array(result.suffix(after.count)) == after)
        let script = result.dropFirst(before.count + rewritten.count).dropLast(after.count)
        #expect(String(decoding: script, as: UTF8.self).hasPrefix("<script nonce=\"n0nce\">"))
    }

    @Test func writesAPolicyOutsideASCIIAsCharacterReferences() {
        let result = inject(
            "<head><meta http-equiv=content-security-policy content=\"script-src 'none'; img-src é &#x2603;\"></head>")
        #expect(result.contains("content=\"script-src 'nonce-n0nce'; img-src &#xC3;&#xA9; &#x2603;\">"))
    }

    @Test func leavesADirectiveABrowserIgnoresAsItIs() {
        // A no-break space makes the directive one a browser skips: the page allows every script, and still does.
        let result = inject("<head><meta http-equiv=content-security-policy content=\"script-src\u{A0}'none'\"></head>")
        #expect(result.contains("content=\"script-src&#xC2;&#xA0;'none'\">"))
    }
}
