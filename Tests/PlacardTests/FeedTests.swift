import Foundation
import Testing

@testable import Placard

@Suite struct FeedTests {
    static let site =
        minimalConfig + "\ntimezone: America/New_York\nauthor:\n  name: The editors\n"
        + post(
            "call", title: "'Call & \"write\" <now> #Act'", date: "2018-05-24",
            body: "See [the flyer](flyer.pdf), [about us](/about/) and [ICE](https://www.ice.gov/contact).")
            + """

            -- content/posts/call/updates/2018-05-29.md --
            ---
            title: Additional actions
            ---
            More [here](../).
            -- content/posts/call/updates/2018-06-15.md --
            ---
            title: "Actions to #KeepFamiliesTogether"
            ---
            June.
            """

    func built() async throws -> TestSite {
        let site = try TestSite(Self.site)
        try await site.build()
        return site
    }

    /// Newest first by `updated`: the post entry changed when its newest update was published.
    @Test func makesOneEntryForThePostAndOneForEachUpdateNewestFirst() async throws {
        let feed = try await built().page("feed.xml")
        let titles = feed.components(separatedBy: "<entry>\n<title>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(
            titles == [
                "Update, June 15: Actions to #KeepFamiliesTogether — Call &amp; &quot;write&quot; &lt;now&gt; #Act",
                "Call &amp; &quot;write&quot; &lt;now&gt; #Act",
                "Update, May 29: Additional actions — Call &amp; &quot;write&quot; &lt;now&gt; #Act",
            ])
    }

    @Test func datesEachEntryFromContentAndThePostEntryByItsNewestUpdate() async throws {
        let feed = try await built().page("feed.xml")
        #expect(feed.contains("<updated>2018-06-15T04:00:00Z</updated>\n<author>"))
        let postEntry = try #require(feed.components(separatedBy: "<entry>").dropFirst(2).first)
        #expect(postEntry.contains("<published>2018-05-24T04:00:00Z</published>"))
        #expect(postEntry.contains("<updated>2018-06-15T04:00:00Z</updated>"))
        #expect(feed.contains("<published>2018-05-29T04:00:00Z</published>\n<updated>2018-05-29T04:00:00Z</updated>"))
    }

    @Test func givesEveryEntryAStableUniqueIDAndALinkToItsOwnPage() async throws {
        let feed = try await built().page("feed.xml")
        #expect(feed.contains("<id>tag:example.org,2018-05-24:posts/call/</id>"))
        #expect(feed.contains("<id>tag:example.org,2018-05-24:posts/call/updates/2018-05-29/</id>"))
        #expect(feed.contains("href=\"https://example.org/posts/call/updates/2018-06-15/\""))
    }

    @Test func makesEveryURLInTheContentAbsolute() async throws {
        let feed = try await built().page("feed.xml")
        #expect(feed.contains("href=&quot;https://example.org/posts/call/flyer.pdf&quot;"))
        #expect(feed.contains("href=&quot;https://example.org/about/&quot;"))
        #expect(feed.contains("href=&quot;https://www.ice.gov/contact&quot;"))
        #expect(feed.contains("href=&quot;https://example.org/posts/call/updates/&quot;"))
    }

    @Test func writesAFeedPerPostAndLinksFeedsFromEveryPage() async throws {
        let site = try await built()
        #expect(try site.page("posts/call/feed.xml").components(separatedBy: "<entry>").count == 4)
        let page = try site.page("posts/call/index.html")
        #expect(
            page.contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Test site\" href=\"/feed.xml\">"))
        #expect(page.contains("href=\"/posts/call/feed.xml\">"))
        #expect(try site.page("404.html").contains("href=\"/feed.xml\""))
    }

    @Test func keepsOnlyTheNewestEntriesUpToTheLimit() async throws {
        let site = try TestSite(Self.site.replacingOccurrences(of: "timezone:", with: "feed:\n  limit: 2\ntimezone:"))
        try await site.build()
        let feed = try site.page("feed.xml")
        #expect(feed.components(separatedBy: "<entry>").count == 3)
        #expect(!feed.contains("<published>2018-05-29"))
    }

    @Test func listsEveryPageInTheSitemapWithItsLastChange() async throws {
        let site = try await built()
        let sitemap = try site.page("sitemap.xml")
        #expect(
            sitemap.contains(
                "<url><loc>https://example.org/posts/call/</loc><lastmod>2018-06-15T00:00:00-04:00</lastmod></url>"))
        #expect(sitemap.contains("<loc>https://example.org/posts/call/updates/2018-05-29/</loc><lastmod>2018-05-29"))
        #expect(!sitemap.contains("404"))
        let locations = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(Set(locations).count == locations.count)
        #expect(locations.allSatisfy { $0.hasPrefix("https://example.org/") })
        #expect(try site.page("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n")
    }
}
