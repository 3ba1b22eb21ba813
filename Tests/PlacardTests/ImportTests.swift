import Foundation
import Placard
import PlacardImport
import Testing

/// Our WordPress exports (`Fixtures/import/`, WXR 1.0, 1.1 and 1.2) import, load, build and keep their threads.
@Suite struct ImportTests {
    static let wordpressFixtures = ["wxr-1.0.xml", "wxr-1.1.xml", "wxr-1.2.xml"]

    @Test(arguments: wordpressFixtures)
    func importsBuildsAndKeepsThreads(name: String) async throws {
        try await ImportFixture(name: name).checkImportKeepsThreads()
    }

    @Test func wxr10RendersTheExportsNestingAndFindsTheAuthorByName() async throws {
        let fixture = ImportFixture(name: "wxr-1.0.xml")
        let (site, summary) = try fixture.importedIntoNewSite()
        #expect(summary.description == "imported 2 posts, 0 pages, 8 comments; skipped 1 undated post")
        try await site.build()
        let html = try site.read("public/posts/keep-it-open/index.html")
        #expect(
            RenderedThreads.parents(in: html) == [
                "101": "0", "102": "0", "103": "102", "104": "103", "105": "103", "106": "0", "107": "0",
            ])
        #expect(html.contains("Treffpunkt: Dienstag, 19 Uhr, vor der Bücherei."))
        // The item without type, id or date is named by its link and dated by its comment.
        #expect(try site.read("content/posts/p-45/index.md").contains("date: 2015-05-09"))
        #expect(site.exists("public/posts/p-45/index.html"))
        // WXR 1.0 has no author list: user 4 is the post's creator, Marta, because Marta's comments say so; comment 103
        // is Marta's too by name, but the export gives it no user id; 107 has her user id under another name.
        #expect(RenderedThreads.markedAsPostAuthor(in: html) == ["102", "105", "106", "107"])
    }

    @Test func wxr11SkipsWhatIsNotPublishedAndMergesTheRepeatedItem() async throws {
        let (site, summary) = try ImportFixture(name: "wxr-1.1.xml").importedIntoNewSite()
        #expect(
            summary.description
                == "imported 4 posts, 1 page, 7 comments; skipped 1 attachment item, 1 comment on a page, 1 draft page, "
                + "1 draft post, 1 nav_menu_item item, 1 pending comment, 1 private post, 1 spam comment, "
                + "1 trashed comment; 1 media file left on the old site (bring it with --media or --fetch-media)")
        #expect(
            site.contentFiles() == [
                "content/pages/about-us.md", "content/posts/café-meeting/index.md", "content/posts/escape/index.md",
                "content/posts/number-9/comments.yml", "content/posts/number-9/index.md",
                "content/posts/日本-news/index.md", "content/site.yml",
            ])
        let (loaded, warnings) = try site.load()
        #expect(warnings.isEmpty, "\(warnings)")
        let post = try #require(loaded.posts.first { $0.slug == "number-9" })
        #expect(post.tags == ["Routes", "Budget"])  // "Uncategorized" dropped; the repeated item's tag added
        let comments = post.comments.entries.map(\.comment)
        #expect(comments.map(\.id) == ["201", "203", "205", "206", "207", "208", "209", "211"])
        #expect(comments[1].status == .removed && comments[1].author == nil)  // the spam comment 205 answers
        #expect(comments[2].parent == "203")
        #expect(comments[3].kind == .pingback && comments[4].kind == .trackback)
        #expect(comments[5].role == .author && comments.filter { $0.role == .author }.count == 1)
        #expect(comments[7].parent == "209")  // from the repeated item
        try await site.build()
        let html = try site.read("public/posts/number-9/index.html")
        for hidden in ["Held for moderation", "Spam text", "Trashed text", "Cheap Watches"] {
            #expect(!html.contains(hidden), "\(hidden)")
        }
        #expect(
            html.contains("<a href=\"https://transit.example/plan\" rel=\"nofollow ugc noopener\">the board’s plan</a>")
        )
        #expect(html.contains("<code>&lt;3 the 9</code>"))
        #expect(try site.read("content/posts/number-9/index.md").contains("original_comment_count: 7"))
    }

    @Test func wxr12RendersBlocksAndCaptionsAsWordPressDid() async throws {
        let (site, summary) = try ImportFixture(name: "wxr-1.2.xml").importedIntoNewSite()
        #expect(
            summary.description
                == "imported 1 post, 1 page, 3 comments; skipped 1 future post, 1 wp_global_styles item, "
                + "1 wp_navigation item")
        let source = try site.read("content/posts/river-cleanup-day/index.md")
        #expect(!source.contains("wp:paragraph"))
        #expect(source.contains("summary: \"Join us at the old bridge.\""))
        #expect(source.contains("html: true"))
        try await site.build()
        let html = try site.read("public/posts/river-cleanup-day/index.html")
        #expect(html.contains("<figure"))
        #expect(html.contains("<figcaption"))
        #expect(html.contains("<p>Bring gloves.</p>") && html.contains("<p>Bring water.</p>"))
        #expect(RenderedThreads.parents(in: html) == ["5001": "0", "5002": "5001", "5003": "5002"])
        #expect(html.contains("Is it *still* on if it rains?"))
        #expect(site.exists("public/how-we-work/index.html"))
    }

    @Test func draftsOnlyWithTheFlag() throws {
        let (site, summary) = try ImportFixture(name: "wxr-1.1.xml").importedIntoNewSite(options: [.drafts])
        #expect(
            summary.skipped == [
                "draft page": 1,  // pages have no drafts: it would be published
                "attachment item": 1, "nav_menu_item item": 1, "comment on a page": 1, "pending comment": 1,
                "spam comment": 1, "trashed comment": 1,
            ])
        #expect(try site.read("content/posts/private-notes/index.md").contains("draft: true"))
        // The draft has no name and no GMT date: it is named after its title and dated by its local date.
        let draft = try site.read("content/posts/draft-survey-results/index.md")
        #expect(draft.contains("draft: true") && draft.contains("date: 2016-06-20"))
        let (loaded, warnings) = try site.load(drafts: true)
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(loaded.posts.count == 6)
    }

    @Test func slashesAreKeptAsWritten() async throws {
        let (site, _) = try ImportFixture(name: "wxr-1.1.xml").importedIntoNewSite()
        let (loaded, _) = try site.load()
        let bodies = loaded.posts.flatMap { $0.comments.entries.map(\.comment.body) }
        try await site.build()
        let html = try site.read("public/posts/number-9/index.html")
        #expect(bodies.contains { $0.contains("\\\\o/") })
        #expect(html.contains("\\o/ finally ¯\\_(ツ)_/¯ and the map is at C:\\maps\\route9.pdf"))
        let post = try site.read("public/posts/café-meeting/index.html")
        #expect(post.contains("Slashes aren\\'t \\\"special\\\": a path like C:\\temp stays as written."))
    }
}

/// Who replies to whom in a rendered comment archive, read from the nesting of `<li id="comment-…">`.
enum RenderedThreads {
    /// The ids of the comments marked as the post author's, in page order.
    static func markedAsPostAuthor(in html: String) -> [String] {
        html.components(separatedBy: "<li id=\"comment-").dropFirst().filter {
            $0.prefix(while: { $0 != ">" }).contains("by-post-author")
        }.map { String($0.prefix { $0 != "\"" }) }
    }

    static func parents(in html: String) -> [String: String] {
        var parents: [String: String] = [:]
        var stack: [String] = []
        var rest = Substring(html)
        while let next = rest.range(of: "<li") {
            let after = rest[next.upperBound...].first
            guard after == " " || after == ">" else {
                rest = rest[next.upperBound...]
                continue
            }
            let close = rest.range(of: "</li>")
            if let close, close.lowerBound < next.lowerBound {
                stack.removeLast()
                rest = rest[close.upperBound...]
                continue
            }
            let tail = rest[next.upperBound...]
            var id = "-"
            if tail.hasPrefix(" id=\"comment-"), let end = tail.dropFirst(13).firstIndex(of: "\"") {
                id = String(tail[tail.index(tail.startIndex, offsetBy: 13)..<end])
                parents[id] = stack.last(where: { $0 != "-" }) ?? "0"
            }
            stack.append(id)
            rest = tail
        }
        return parents
    }
}
