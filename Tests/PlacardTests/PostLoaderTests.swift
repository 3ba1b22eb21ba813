import Foundation
import Testing

@testable import Placard

@Suite struct PostLoaderTests {
    static let post = """
        -- content/posts/where/index.md --
        ---
        title: "#WhereAreTheChildren: How to Help"
        date: 2018-05-24
        summary: What you can do.
        tags: [immigration, take-action]
        original_comment_count: 74
        ---

        Body text.
        -- content/posts/where/updates/2018-06-15.md --
        ---
        title: Second
        ---
        June.
        -- content/posts/where/updates/2018-05-29.md --
        ---
        title: First
        ---
        May.
        -- content/posts/where/updates/2018-05-29-2.md --
        ---
        title: First, later that day
        date: 2018-05-29 18:30
        ---
        Evening.
        -- content/posts/where/flyer.pdf --
        %PDF
        -- content/posts/where/images/map.png --
        PNG
        """

    static let newYork = "\ntimezone: America/New_York"

    @Test func readsFrontMatterBodyAndFilesBeside() throws {
        let (site, _) = try TestSite(minimalConfig + Self.newYork + "\n" + Self.post, templates: false).load()
        let post = try #require(site.posts.first)
        #expect(post.title == "#WhereAreTheChildren: How to Help")
        #expect(post.slug == "where")
        #expect(post.summary == "What you can do.")
        #expect(post.tags == ["immigration", "take-action"])
        #expect(post.originalCommentCount == 74)
        #expect(post.commentsMode == .closed)
        #expect(post.draft == false)
        #expect(post.body.text.trimmingCharacters(in: .whitespacesAndNewlines) == "Body text.")
        #expect(post.body.firstLine == 8)  // the blank line after the closing ---
        #expect(post.assets == ["flyer.pdf", "images/map.png"])
    }

    @Test func readsDatesInTheSiteTimeZone() throws {
        let (site, _) = try TestSite(minimalConfig + Self.newYork + "\n" + Self.post, templates: false).load()
        let post = try #require(site.posts.first)
        // Midnight in New York in May is 04:00 UTC.
        #expect(post.date == Date(timeIntervalSince1970: 1_527_134_400))
        #expect(post.updates.first?.date == Date(timeIntervalSince1970: 1_527_566_400))
    }

    @Test func ordersUpdatesOldestFirstWithSecondUpdatesOfADayAfterTheFirst() throws {
        let (site, _) = try TestSite(minimalConfig + Self.newYork + "\n" + Self.post, templates: false).load()
        let updates = try #require(site.posts.first).updates
        #expect(updates.map(\.title) == ["First", "First, later that day", "Second"])
        #expect(updates.map(\.anchor) == ["update-2018-05-29", "update-2018-05-29-2", "update-2018-06-15"])
        #expect(site.posts.first?.modified == updates.last?.date)
    }

    @Test func leavesDraftsOutUnlessAskedFor() throws {
        let listing =
            minimalConfig + """

                -- content/posts/a/index.md --
                ---
                title: A
                date: 2018-05-24
                draft: true
                ---
                -- content/posts/b/index.md --
                ---
                title: B
                date: 2018-05-25
                ---
                """
        let site = try TestSite(listing, templates: false)
        #expect(try site.load().0.posts.map(\.slug) == ["b"])
        #expect(try site.load(drafts: true).0.posts.map(\.slug) == ["b", "a"])
    }

    @Test func sortsPostsNewestFirstAndTakesTheSlugFromFrontMatter() throws {
        let listing =
            minimalConfig + """

                -- content/posts/old/index.md --
                ---
                title: Old
                date: 2018-01-01
                ---
                -- content/posts/new/index.md --
                ---
                title: New
                date: 2019-01-01
                slug: brand-new
                ---
                """
        #expect(try TestSite(listing, templates: false).load().0.posts.map(\.slug) == ["brand-new", "old"])
    }

    @Test func readsPagesAndStaticFiles() throws {
        let listing =
            minimalConfig + """

                -- content/pages/about.md --
                ---
                title: About us
                ---
                Who we are.
                -- content/static/favicon.ico --
                ICO
                -- content/static/docs/guide.pdf --
                PDF
                """
        let (site, _) = try TestSite(listing, templates: false).load()
        #expect(site.pages.map(\.name) == ["about"])
        #expect(site.pages.first?.title == "About us")
        #expect(site.staticFiles == ["docs/guide.pdf", "favicon.ico"])
    }

    @Test(arguments: [
        ("2018-05-29.md", "2018-05-29", 1), ("2018-05-29-2.md", "2018-05-29", 2),
        ("2018-05-29-12.md", "2018-05-29", 12),
    ])
    func readsUpdateFileNames(name: String, day: String, sequence: Int) {
        #expect(PostLoader.updateName(name)! == (day, sequence))
    }

    @Test(arguments: [
        "2018-5-29.md", "2018-05-29-1.md", "2018-05-29.txt", "may-29.md", "2018-05-29-x.md", "18-05-29.md",
    ])
    func refusesOtherUpdateFileNames(name: String) {
        #expect(PostLoader.updateName(name) == nil)
    }

    @Test func reportsAFileThatIsNotUTF8AtItsFirstBadByte() throws {
        let site = try TestSite(minimalConfig, templates: false)
        try site.write(
            Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\ndate: 2018-05-24\n---\n".utf8),
            to: "content/posts/a/index.md")
        #expect(
            site.loadErrors()
                == "content/posts/a/index.md:2:11: error: the file is not UTF-8 text; save it with the UTF-8 encoding")
    }
}
