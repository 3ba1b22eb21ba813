import Foundation
import Testing

@testable import Placard
@testable import PlacardCheck
@testable import PlacardImport

/// One rule for names that become a folder and a URL: letters, marks and digits of any script, `-`, `_` and `.`;
/// an error at the name, which shows invisible characters and says what to write, for anything else.
@Suite struct SlugRuleTests {
    @Test(arguments: [
        ("a\u{202E}b", "the slug 'a<U+202E>b' holds U+202E, an invisible character that reorders text"),
        ("a\u{200B}b", "the slug 'a<U+200B>b' holds U+200B, an invisible character"),
        ("a\u{00AD}b", "the slug 'a<U+00AD>b' holds U+00AD, an invisible character"),
        ("a\u{2066}b", "the slug 'a<U+2066>b' holds U+2066, an invisible character that reorders text"),
        ("a\"b", "the slug 'a\"b' holds '\"'"), ("a&b", "the slug 'a&b' holds '&'"),
        ("a;b", "the slug 'a;b' holds ';'"), ("a:b", "the slug 'a:b' holds ':'"), ("a*b", "the slug 'a*b' holds '*'"),
        ("a|b", "the slug 'a|b' holds '|'"), ("a b", "the slug 'a b' holds a space"),
        ("a\u{00A0}b", "the slug 'a<U+00A0>b' holds U+00A0, a space"),
    ])
    func refusesCharactersAFolderAndAURLCannotHold(slug: String, message: String) async throws {
        let yaml = "slug: \"" + slug.unicodeScalars.map { $0 == "\"" ? "\\\"" : String($0) }.joined() + "\""
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24", extra: yaml))
        defer { site.removeAll() }
        let errors = await site.buildErrors()
        #expect(errors.hasPrefix("content/posts/a/index.md:4:7: error: " + message))
        #expect(errors.contains("use letters, digits, hyphens, underscores and dots only"))
    }

    @Test(arguments: ["café", "日本語", "हिन्दी", "a_b.c-d", "Ωmega"])
    func keepsLettersOfEveryScript(slug: String) {
        #expect(Slug.isSafe(slug))
    }

    @Test func refusesALongSlugAndALongTagWithAMessageNotAWriteError() async throws {
        let long = String(repeating: "a", count: 300)
        let site = try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24", extra: "slug: \(long)")
                + post("b", title: "B", date: "2018-05-24", extra: "tags: [\(long)]"))
        defer { site.removeAll() }
        #expect(
            await site.buildErrors() == """
                content/posts/a/index.md:4:7: error: the slug '\(long.prefix(40))…' is 300 bytes long; shorten it to at most 200
                slug: \(long)
                      ^
                content/posts/b/index.md:4:8: error: the tag '\(long.prefix(40))…' would name its page with 300 bytes; shorten it to at most 200
                tags: [\(long)]
                       ^
                """)
    }

    @Test func refusesSlugsThatDifferOnlyInCaseNamingBothFiles() async throws {
        let site = try TestSite(
            minimalConfig + post("Action", title: "A", date: "2018-05-24")
                + post("action", title: "B", date: "2018-05-25"))
        defer { site.removeAll() }
        #expect(
            await site.buildErrors()
                == "content/posts/action/index.md:1:1: error: the slug 'action' differs only in case from 'Action' of "
                + "content/posts/Action/index.md, and macOS and Windows would write both into one folder; give one of "
                + "them another 'slug'")
    }

    @Test func refusesAnImageThatIsNotBesideThePost() async throws {
        let site = try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24", extra: "image: missing.png")
                + post("b", title: "B", date: "2018-05-24", extra: "image: there.png")
                + "\n-- content/posts/b/there.png --\npng")
        defer { site.removeAll() }
        let expected =
            "content/posts/a/index.md:4:8: error: the 'image' missing.png is not a file beside the post; put it in "
            + "content/posts/a/, or give an https:// URL"
        #expect(await site.buildErrors().hasPrefix(expected))
        let checkError = try await #require(throws: BuildFailure.self) {
            try await SiteChecker(BuildOptions(source: site.root)).check()
        }
        #expect(checkError.diagnostics.first?.description.hasPrefix(expected) == true)
    }

    @Test func percentEncodesTheSitemapAndKeepsItChecked() async throws {
        let site = try TestSite(minimalConfig + post("café", title: "A", date: "2018-05-24"))
        defer { site.removeAll() }
        try await site.build()
        let sitemap = try site.page("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/posts/caf%C3%A9/</loc>"))
        #expect(!sitemap.contains("café"))
        let report = try await SiteChecker(BuildOptions(source: site.root)).check()
        #expect(report.passed, "\(report.diagnostics)")
    }

    @Test func makesAShortSlugFromALongTitle() async throws {
        let site = try TestSite(minimalConfig)
        defer { site.removeAll() }
        let title = Array(repeating: "Families separated at the border", count: 12).joined(separator: " ")
        let path = try ContentScaffold(root: site.root).newPost(title: title, date: Date())
        let slug = path.split(separator: "/")[2]
        #expect(slug.utf8.count <= Slug.madeBytes)
        #expect(slug.hasPrefix("families-separated-at-the-border-families"))
        #expect(!slug.hasSuffix("-"))
        try await site.build(drafts: true)
    }

    @Test func writesWholeMinuteOffsetsForZonesWithSecondsAndKeepsTheInstant() throws {
        var config = SiteConfig(title: "T", baseURL: "https://example.org/")
        config.timeZone = try #require(TimeZone(identifier: "Africa/Monrovia"))
        let date = Date(timeIntervalSince1970: 86_400 * 10 + 12 * 3600)  // 1970-01-11 12:00 UTC, offset -00:44:30
        let iso = DateStyle(config: config).iso(date)
        #expect(iso == "1970-01-11T11:16:00-00:44")
        // A date at local midnight keeps its day.
        let midnight = Date(timeIntervalSince1970: 86_400 * 10 + 44 * 60 + 30)
        #expect(DateStyle(config: config).iso(midnight) == "1970-01-11T00:00:30-00:44")
        let parsed = try #require(ISO8601DateFormatter().date(from: iso))
        #expect(parsed == date)
        #expect(ContentFileText(timeZone: config.timeZone).local(date) == iso)
    }
}
