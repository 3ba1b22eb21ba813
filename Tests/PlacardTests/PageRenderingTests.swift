import Foundation
import Testing

@testable import Placard

@Suite struct PageRenderingTests {
    static let updated =
        minimalConfig
        + post(
            "call", title: "Call your senator", date: "2018-05-24",
            extra: "summary: Three calls to make today.\ntags: [Take action, Children]",
            body: "Intro.\n\n## What happened?\n\nText.\n\n## What happened?\n\nAgain.\n\n## Update 2018-05-29\n") + """

            -- content/posts/call/updates/2018-05-29.md --
            ---
            title: More actions
            ---
            ## What happened?

            Later.
            -- content/posts/call/updates/2018-06-15.md --
            ---
            title: Latest headlines
            ---
            June news.
            """

    @Test func indexListsPostsNewestFirstWithSummaryAndLatestUpdate() async throws {
        let site = try TestSite(Self.updated + post("old", title: "Older post", date: "2018-01-02"))
        try await site.build()
        let index = try site.page("index.html")
        let newer = try #require(index.range(of: "Call your senator"))
        let older = try #require(index.range(of: "Older post"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(index.contains("Three calls to make today."))
        #expect(index.contains("href=\"/posts/call/updates/2018-06-15/\">Latest headlines</a>"))
    }

    @Test func postPageOpensWithTheNewestUpdateAndListsUpdatesNewestFirst() async throws {
        let site = try TestSite(Self.updated)
        try await site.build()
        let page = try site.page("posts/call/index.html")
        let banner = try #require(page.between("class=\"updated-banner\"", "</p>"))
        #expect(banner.contains("href=\"#update-2018-06-15\""))
        #expect(banner.contains("June 15, 2018"))
        let june = try #require(page.range(of: "id=\"update-2018-06-15\""))
        let may = try #require(page.range(of: "id=\"update-2018-05-29\""))
        #expect(june.lowerBound < may.lowerBound)
        #expect(page.contains("<p>June news.</p>"))
    }

    @Test func eachUpdateHasItsOwnPageLinkingBackToThePost() async throws {
        let site = try TestSite(Self.updated)
        try await site.build()
        let page = try site.page("posts/call/updates/2018-05-29/index.html")
        #expect(page.contains("More actions"))
        #expect(page.contains("href=\"/posts/call/#update-2018-05-29\""))
        #expect(page.contains("href=\"/posts/call/updates/2018-06-15/\""))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/posts/call/updates/2018-05-29/\">"))
    }

    @Test func givesEveryHeadingAStableUniqueID() async throws {
        let site = try TestSite(Self.updated)
        try await site.build()
        let page = try site.page("posts/call/index.html")
        #expect(page.contains("<h2 id=\"what-happened\">What happened?</h2>"))
        #expect(page.contains("<h2 id=\"what-happened-2\">What happened?</h2>"))
        #expect(page.contains("<h2 id=\"what-happened-3\">What happened?</h2>"))
        #expect(page.contains("<h2 id=\"section-update-2018-05-29\">Update 2018-05-29</h2>"))
        #expect(page.occurrences(of: "id=\"update-2018-05-29\"") == 1)
    }

    @Test func makesTagPagesAndStandalonePages() async throws {
        let site = try TestSite(
            Self.updated + """

                -- content/pages/about.md --
                ---
                title: About us
                ---
                We organise.
                """)
        try await site.build()
        #expect(try site.page("tags/take-action/index.html").contains("href=\"/posts/call/\""))
        #expect(try site.page("tags/children/index.html").contains("Posts tagged “Children”"))
        let about = try site.page("about/index.html")
        #expect(about.contains("<h1>About us</h1>"))
        #expect(about.contains("<p>We organise.</p>"))
        #expect(try site.page("index.html").contains("href=\"/about/\""))
    }

    @Test func paginatesTheIndexTenPostsAPage() async throws {
        let posts = (1...12).map { post("p\($0)", title: "Post \($0)", date: String(format: "2018-01-%02d", $0)) }
        let site = try TestSite(minimalConfig + posts.joined())
        try await site.build()
        let first = try site.page("index.html")
        let second = try site.page("page/2/index.html")
        #expect(first.occurrences(of: "class=\"post-summary\"") == 10)
        #expect(second.occurrences(of: "class=\"post-summary\"") == 2)
        #expect(first.contains("href=\"/page/2/\""))
        #expect(second.contains("Post 1<"))
    }

    @Test func rendersRawHTMLInPostsOnlyWhenTheSiteAllowsIt() async throws {
        let body = "<div class=\"callout\">Call now</div>"
        let safe = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24", body: body))
        try await safe.build()
        #expect(try safe.page("posts/a/index.html").contains("<!-- raw HTML omitted -->"))
        let unsafe = try TestSite(
            minimalConfig + "\nmarkdown:\n  unsafe_html: true\n"
                + post("a", title: "A", date: "2018-05-24", body: body))
        try await unsafe.build()
        #expect(try unsafe.page("posts/a/index.html").contains(body))
    }

    @Test func buildsTheSameBytesTwice() throws {
        let site = try TestSite(Self.updated)
        let first = try SiteBuilder(BuildOptions(source: site.root)).render().files
        let second = try SiteBuilder(BuildOptions(source: site.root)).render().files
        #expect(first.map(\.path) == second.map(\.path))
        for (a, b) in zip(first, second) {
            guard case .data(let left) = a.contents, case .data(let right) = b.contents else { continue }
            #expect(left == right, "\(a.path) differs between two builds")
        }
    }
}
