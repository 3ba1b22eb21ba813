import Foundation
import Testing

@testable import Placard
import PlacardCheck

/// A translation that lacks some of its original's dated updates says so, and stops saying so once they are
/// translated; its dates are its own.
@Suite struct TranslationBehindTests {
    static let spanishPost = "public/es/posts/como-ayudar/index.html"

    @Test func thePageSaysWhichUpdateItLacksWithALinkToIt() async throws {
        let site = try TestSite(MultilingualSite.listing)
        try await site.build()
        let page = try site.read(Self.spanishPost)
        let notice = try #require(page.between("<div class=\"translation-notice\" role=\"note\">\n", "</div>"))
        #expect(
            notice == "<p>Esta traducción aún no incluye <a href=\"/posts/help/updates/2018-06-15/\" hreflang=\"en\">"
                + "la actualización del <time datetime=\"2018-06-15T00:00:00-04:00\">15 de junio de 2018</time></a> "
                + "(en inglés).</p>\n")
        // At the top, before the title; the English original has no notice.
        #expect(page.range(of: "translation-notice")!.lowerBound < page.range(of: "<h1>")!.lowerBound)
        #expect(!(try site.page("posts/help/index.html")).contains("translation-notice"))
    }

    @Test func theNoticeGoesOnceTheUpdateIsTranslated() async throws {
        let site = try TestSite(MultilingualSite.listing)
        try await site.build()
        #expect(try site.read(Self.spanishPost).contains("translation-notice"))
        try site.write(MultilingualSite.juneTranslation, to: "content/posts/help/updates/2018-06-15.es.md")
        try await site.build()
        let page = try site.read(Self.spanishPost)
        #expect(!page.contains("translation-notice"))
        #expect(page.contains("<h3 id=\"update-2018-06-15-heading\">"))
        #expect(site.exists("public/es/posts/como-ayudar/updates/2018-06-15/index.html"))
        // Removing the translated update brings the notice back.
        try FileManager.default.removeItem(atPath: site.root + "/content/posts/help/updates/2018-06-15.es.md")
        try await site.build()
        #expect(try site.read(Self.spanishPost).contains("la actualización del <time"))
        #expect(!site.exists("public/es/posts/como-ayudar/updates/2018-06-15/index.html"))
    }

    @Test func itsJSONLDAndFeedKeepTheTranslationsOwnDates() async throws {
        let site = try TestSite(MultilingualSite.listing)
        try await site.build()
        let page = try site.read(Self.spanishPost)
        #expect(page.contains("\"dateModified\":\"2018-05-29T00:00:00-04:00\""))
        #expect(page.contains("<meta property=\"article:modified_time\" content=\"2018-05-29T00:00:00-04:00\">"))
        #expect(try site.page("posts/help/index.html").contains("\"dateModified\":\"2018-06-15T00:00:00-04:00\""))
        let feed = try site.page("es/feed.xml")
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"es\">"))
        // The feed's own date is its newest Spanish entry's, not the June 15 update's.
        #expect(feed.contains("href=\"https://example.org/es/\"/>\n<updated>2018-05-29T04:00:00Z</updated>"))
        let entry = try #require(feed.between("<id>tag:example.org,2018-05-24:es/posts/como-ayudar/</id>", "</entry>"))
        #expect(entry.contains("<published>2018-05-24T04:00:00Z</published>\n<updated>2018-05-29T04:00:00Z</updated>"))
        #expect(feed.contains("<title>Actualización del 29 de mayo: Más acciones — Cómo ayudar</title>"))
        #expect(!feed.contains("June") && !feed.contains("English only"))
        // The English feed holds only English entries.
        let english = try site.page("feed.xml")
        #expect(!english.contains("Cómo ayudar") && english.contains("English only"))
        #expect(
            try site.page("es/posts/como-ayudar/feed.xml").contains(
                "<id>https://example.org/es/posts/como-ayudar/</id>"))
    }

    @Test func checkAndTheStatusTableNameTheTranslationThatIsBehind() async throws {
        let site = try TestSite(MultilingualSite.listing)
        let (loaded, _) = try site.load()
        let statuses = loaded.translationStatus
        #expect(statuses.map(\.post) == ["help", "english-only"])
        #expect(statuses[0].translated == 1 && statuses[0].total == 2 && statuses[0].newestMissing == "2018-06-15")
        #expect(!statuses[1].isTranslated)
        #expect(
            TranslationStatus.table(statuses) == """
                post          language  updates  newest missing update
                help          es        1/2      2018-06-15
                english-only  es        -        not translated
                """)
        let report = try await SiteChecker(BuildOptions(source: site.root)).check()
        #expect(report.passed)
        let warning = try #require(report.diagnostics.first { $0.message.contains("lacks") })
        #expect(
            warning.headline == "content/posts/help/index.es.md:1:1: warning: this translation lacks the update of "
                + "2018-06-15 (updates/2018-06-15.md), and its page says so; translate it as updates/2018-06-15.es.md")
        try site.write(MultilingualSite.juneTranslation, to: "content/posts/help/updates/2018-06-15.es.md")
        #expect(
            try await SiteChecker(BuildOptions(source: site.root)).check().diagnostics.allSatisfy {
                !$0.message.contains("lacks")
            })
    }
}
