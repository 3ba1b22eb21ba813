import Foundation
import Placard
import PlacardImport
import Testing

/// Our Disqus export (`Fixtures/import/disqus.xml`), added to posts that exist already.
@Suite struct ImportDisqusTests {
    static let slugs = ["bus-shelters", "park-benches", "street-lights"]

    @Test func threadsMatchedByLinkOrIdentifierAndPlaceholdersKept() async throws {
        let fixture = ImportFixture(name: "disqus.xml")
        let site = try TestSite(minimalConfig + "\n" + DisqusPosts.listing(Self.slugs))
        let summary = try DisqusImporter(content: site.root + "/content").run(fixture.path)
        #expect(
            summary.description
                == "imported 3 posts, 0 pages, 6 comments; skipped 2 deleted comments, 1 orphan comment, "
                + "1 spam comment, 1 unmatched-thread comment; unmatched: https://example.org/about/")
        let (loaded, warnings) = try site.load()
        #expect(warnings.isEmpty, "\(warnings)")
        try await site.build()
        let byslug = Dictionary(uniqueKeysWithValues: loaded.posts.map { ($0.slug, $0) })
        // Both threads of the post (its URL and a variant with a query) share its archive.
        let lights = try #require(byslug["street-lights"]).comments.entries.map(\.comment)
        #expect(lights.map(\.id) == ["11", "12", "14", "15", "13"])
        #expect(lights[1].parent == "11")
        #expect(lights[2].status == .removed && lights[2].author == nil)  // deleted, with a reply: a placeholder
        #expect(lights[3].parent == "14")
        #expect(lights[0].author == "Kofi" && lights[0].body.contains("number 14"))
        // Matched by the link's last folder (after index.html), and by the identifier.
        #expect(try #require(byslug["bus-shelters"]).comments.entries.map(\.comment.id) == ["18"])
        #expect(try #require(byslug["park-benches"]).comments.entries.map(\.comment.id) == ["19"])
        let output = try site.outputText()
        for value in fixture.personalData { #expect(!output.contains(value), "\(value)") }
        for hidden in ["Buy followers", "Which page was this on", "Nice site"] { #expect(!output.contains(hidden)) }
        let page = try site.read("public/posts/park-benches/index.html")
        #expect(
            page.contains("<a href=\"https://parks.example/benches\" rel=\"nofollow ugc noopener\">see the plan</a>"))
    }

    @Test func unmatchedThreadsAreReportedNotGuessed() throws {
        let site = try TestSite(minimalConfig)
        let summary = try DisqusImporter(content: site.root + "/content").run(ImportFixture(name: "disqus.xml").path)
        #expect(summary.comments == 0)
        #expect(
            summary.unmatched == [
                "https://example.org/posts/street-lights/",
                "https://example.org/posts/street-lights/?utm_source=newsletter",
                "http://localhost:4000/2019/05/bus-shelters/index.html", "https://old-site.example/node?id=9",
                "https://example.org/about/",
            ])
        #expect(site.contentFiles() == ["content/site.yml"])
    }
}

/// Posts for a Disqus import to add comments to.
enum DisqusPosts {
    static func listing(_ slugs: [String]) -> String {
        slugs.map { "-- content/posts/\($0)/index.md --\n---\ntitle: \($0)\ndate: 2019-04-01\n---\nBody.\n" }
            .joined()
    }
}
