import Markup
import Testing

@Suite struct HTMLTests {
    @Test func escapesTextLikeCmark() {
        #expect(HTML.escape("a & b < c > d \"e\" it's") == "a &amp; b &lt; c &gt; d &quot;e&quot; it's")
    }

    @Test func escapesAttributeQuotes() {
        #expect(HTML.escapeAttribute("x\" onclick='y' & <z>") == "x&quot; onclick=&#39;y&#39; &amp; &lt;z&gt;")
    }

    @Test func keepsOtherCharacters() {
        #expect(HTML.escape("café – 🎉") == "café – 🎉")
    }

    @Test func escapesOnlyAmpersandsAndDoubleQuotesInDoubleQuotes() {
        #expect(HTML.escapeDoubleQuoted("script-src 'self' \"a\" & <b>") == "script-src 'self' &quot;a&quot; &amp; <b>")
    }
}
