import Foundation
import Testing

@testable import Placard

@Suite struct SocialContextTests {
    @Test func cutsALongDescriptionAtAWordNear160Characters() {
        let text = String(repeating: "Call your senator today, ", count: 12)
        let cut = SocialContext.cut(text, limit: 160)
        #expect(cut.count <= 160)
        #expect(cut.count > 140)
        #expect(
            cut.hasSuffix("senator…") || cut.hasSuffix("today…") || cut.hasSuffix("your…") || cut.hasSuffix("Call…"))
        #expect(SocialContext.cut("Short.", limit: 160) == "Short.")
    }

    @Test func describesAPostWithoutSummaryByItsFirstParagraph() async throws {
        let site = try TestSite(
            minimalConfig
                + post("a", title: "A", date: "2018-05-24", body: "## Heading\n\nFirst *real*\nparagraph.\n\nSecond."))
        try await site.build()
        let page = try site.page("posts/a/index.html")
        #expect(page.contains("<meta name=\"description\" content=\"First real paragraph.\">"))
    }

    @Test func escapesJSONLDSoNoValueClosesTheScript() {
        let json = SocialContext.jsonLD(["headline": "</script><script>alert(1)</script> & more"])
        #expect(json == #"{"headline":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 more"}"#)
    }

    @Test func writesJSONLDAsJSONSerializationWouldWithTheScriptCharactersEscaped() throws {
        var awkward = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        awkward += "\"\\/ é “quoted” 😀 \u{2028} <b>&amp;</b>"
        let object: [String: Any] = [
            "headline": awkward, "commentCount": 74, "@type": "BlogPosting", "flag": true,
            "author": ["name": "O'Brien & Co", "url": "https://example.org/a?b=1&c=2"],
            "list": ["one", 2, ["nested": "</script>"]],
        ]
        let expected = try #require(
            String(
                data: JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
                encoding: .utf8))
        let json = SocialContext.jsonLD(object)
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(
            json.replacingOccurrences(of: "\\u003c", with: "<").replacingOccurrences(of: "\\u003e", with: ">")
                .replacingOccurrences(of: "\\u0026", with: "&") == expected)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["headline"] as? String == awkward)
        #expect(parsed["commentCount"] as? Int == 74)
    }

    @Test func buildsShareLinksWithTheTitleAndURLEncoded() {
        let links = SocialContext.shareLinks(title: "#Where & Why?", url: "https://example.org/posts/a/")
        #expect(
            links["email"]
                == "mailto:?subject=%23Where%20%26%20Why%3F&body=https%3A%2F%2Fexample.org%2Fposts%2Fa%2F")
        #expect(
            links["x"]
                == "https://x.com/intent/post?text=%23Where%20%26%20Why%3F&url=https%3A%2F%2Fexample.org%2Fposts%2Fa%2F"
        )
        #expect(links["bluesky"]?.hasPrefix("https://bsky.app/intent/compose?text=%23Where") == true)
        #expect(
            links["linkedin"]?.hasPrefix("https://www.linkedin.com/sharing/share-offsite/?url=https%3A")
                == true)
        #expect(links.count == 6)
    }

    @Test func putsOpenGraphTwitterAndJSONLDInThePostHead() async throws {
        let site = try TestSite(
            minimalConfig + "\nauthor:\n  name: The editors\n"
                + post("a", title: "A & B", date: "2018-05-24", extra: "summary: Why.\nimage: banner.png")
                + "\n-- content/posts/a/banner.png --\nPNG\n-- content/posts/a/comments.yml --\n- {id: 1, body: hi}\n")
        try await site.build()
        let page = try site.page("posts/a/index.html")
        #expect(page.contains("<meta property=\"og:type\" content=\"article\">"))
        #expect(page.contains("<meta property=\"og:image\" content=\"https://example.org/posts/a/banner.png\">"))
        #expect(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
        #expect(page.contains("<meta property=\"article:published_time\" content=\"2018-05-24T00:00:00Z\">"))
        let json = try #require(page.between("<script type=\"application/ld+json\">", "</script>"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@type"] as? String == "BlogPosting")
        #expect(object["headline"] as? String == "A & B")
        #expect(object["commentCount"] as? Int == 1)
        #expect((object["author"] as? [String: Any])?["name"] as? String == "The editors")
        #expect(page.contains("href=\"mailto:?subject=A%20%26%20B&amp;body=https%3A%2F%2Fexample.org%2Fposts%2Fa%2F\""))
    }
}
