import Foundation
import Placard
import Testing

/// The isso Disqus export, added to posts that exist already.
@Suite struct ImportDisqusTests {
    static let posts = """
        -- content/posts/redacted/index.md --
        ---
        title: Redacted
        date: 2013-02-12
        ---
        Body.
        -- content/posts/some-id/index.md --
        ---
        title: Some id
        date: 2012-12-12
        ---
        Body.
        """

    @Test func threadsMatchedByLinkOrIdentifierAndPlaceholdersKept() throws {
        let fixture = ImportFixture(name: "isso-disqus.xml")
        let site = try TestSite(minimalConfig + "\n" + Self.posts)
        let summary = try DisqusImporter(content: site.root + "/content").run(fixture.path)
        let (loaded, warnings) = try site.load()
        #expect(warnings.isEmpty, "\(warnings)")
        try site.build()
        let byslug = Dictionary(uniqueKeysWithValues: loaded.posts.map { ($0.slug, $0) })
        let some = try #require(byslug["some-id"]).comments.entries.map(\.comment)
        #expect(some.map(\.id) == ["4", "5", "9", "11"])
        #expect(some[1].parent == "4")
        #expect(some[2].status == .removed && some[2].author == nil)
        #expect(some[3].parent == "9")
        #expect(try #require(byslug["redacted"]).comments.entries.map(\.comment.id).contains("8"))
        #expect(summary.skipped["orphan comment"] == 1)
        let output = try site.outputText()
        for value in fixture.personalData { #expect(!output.contains(value), "\(value)") }
        #expect(summary.description.hasPrefix("imported 2 posts"))
    }

    @Test func unmatchedThreadsAreReportedNotGuessed() throws {
        let site = try TestSite(minimalConfig)
        let summary = try DisqusImporter(content: site.root + "/content").run(
            ImportFixture(name: "isso-disqus.xml").path)
        #expect(summary.comments == 0)
        #expect(summary.unmatched.contains("http://example.org/"))
        #expect(site.contentFiles() == ["content/site.yml"])
    }
}
