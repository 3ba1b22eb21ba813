import Foundation
import Placard
import PlacardCheck
import PlacardImport
import Testing

/// The real WordPress and Disqus exports of `../shared/fixtures/import/` (copied from public projects' test data; see
/// its SOURCES.md), as an extra pass beside our own fixtures: it runs where that folder exists and is skipped, with
/// one line saying so, where it does not.
@Suite(.enabled(if: SharedFolder.available("fixtures/import", for: "ImportConformanceTests")))
struct ImportConformanceTests {
    static func fixture(_ name: String) -> ImportFixture { ImportFixture(name: name, folder: ImportFixture.shared) }

    @Test(arguments: [
        "isso-wordpress.xml", "wpimporter-slashes.xml", "wpimporter-small-export.xml",
        "wpimporter-valid-wxr-1.1.xml", "wpimporter-wxr-comprehensive.xml",
    ])
    func importsBuildsAndKeepsThreads(name: String) async throws {
        try await Self.fixture(name).checkImportKeepsThreads()
    }

    @Test func issoExportRendersTheExportsNesting() async throws {
        let fixture = Self.fixture("isso-wordpress.xml")
        let (site, summary) = try fixture.importedIntoNewSite()
        #expect(summary.description == "imported 2 posts, 0 pages, 8 comments; skipped 1 undated post")
        try await site.build()
        let html = try site.read("public/posts/test/index.html")
        #expect(
            RenderedThreads.parents(in: html) == [
                "2": "0", "6": "0", "7": "6", "8": "7", "9": "7", "10": "0", "11": "0",
            ])
        #expect(html.contains("Drölfter!"))
        #expect(site.exists("public/posts/p-4/index.html"))
        #expect(RenderedThreads.markedAsPostAuthor(in: html) == ["6", "8", "9", "10", "11"])
    }

    @Test func fixtureSummaries() throws {
        let expected = [
            "wpimporter-small-export.xml":
                "imported 5 posts, 4 pages, 1 comment; skipped 1 draft page, 1 private post",
            "wpimporter-wxr-comprehensive.xml": "imported 1 post, 1 page, 1 comment; skipped nothing",
            "wpimporter-valid-wxr-1.1.xml": "imported 1 post, 1 page, 1 comment; skipped nothing",
            "wpimporter-slashes.xml": "imported 1 post, 0 pages, 1 comment; skipped nothing",
        ]
        for (name, line) in expected {
            let (_, summary) = try Self.fixture(name).importedIntoNewSite()
            #expect(summary.description == line, "\(name)")
        }
    }

    @Test func draftsOnlyWithTheFlag() throws {
        let (site, summary) = try Self.fixture("wpimporter-small-export.xml").importedIntoNewSite(options: [.drafts])
        #expect(summary.skipped == ["draft page": 1])
        #expect(try site.read("content/posts/private-post/index.md").contains("draft: true"))
        let (_, warnings) = try site.load(drafts: true)
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test func slashesAreKeptAsWritten() async throws {
        let (site, _) = try Self.fixture("wpimporter-slashes.xml").importedIntoNewSite()
        let (loaded, _) = try site.load()
        let bodies = loaded.posts.flatMap { $0.comments.entries.map(\.comment.body) }
        try await site.build()
        let html = try site.read("public/posts/hello-world/index.html")
        #expect(bodies.contains { $0.contains("\\\\o/") })
        #expect(html.contains("\\o/ ¯\\_(ツ)_/¯"))
    }

    @Test func issoDisqusThreadsMatchedByLinkOrIdentifierAndPlaceholdersKept() async throws {
        let fixture = Self.fixture("isso-disqus.xml")
        let site = try TestSite(minimalConfig + "\n" + DisqusPosts.listing(["redacted", "some-id"]))
        let summary = try DisqusImporter(content: site.root + "/content").run(fixture.path)
        let (loaded, warnings) = try site.load()
        #expect(warnings.isEmpty, "\(warnings)")
        try await site.build()
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

    @Test func issoDisqusUnmatchedThreadsAreReportedNotGuessed() throws {
        let site = try TestSite(minimalConfig)
        let summary = try DisqusImporter(content: site.root + "/content").run(Self.fixture("isso-disqus.xml").path)
        #expect(summary.comments == 0)
        #expect(summary.unmatched.contains("http://example.org/"))
        #expect(site.contentFiles() == ["content/site.yml"])
    }

    /// Every published post's and page's old address leads to its new page: from the files alone for a path, through
    /// `_redirects` (and the nginx include) for `?p=`; and `check` passes.
    @Test(arguments: [
        "isso-wordpress.xml", "wpimporter-slashes.xml", "wpimporter-small-export.xml",
        "wpimporter-valid-wxr-1.1.xml", "wpimporter-wxr-comprehensive.xml",
    ])
    func everyOldAddressLeadsToItsNewPage(name: String) async throws {
        let fixture = Self.fixture(name)
        let (site, _) = try fixture.importedIntoNewSite()
        defer { site.removeAll() }
        try await site.build()
        let report = try await SiteChecker(BuildOptions(source: site.root)).check()
        #expect(report.passed, "\(report.diagnostics.map(\.description))")
        let (loaded, _) = try site.load()
        let rules = try site.read("public/_redirects")
        var followed = 0
        for item in fixture.text.components(separatedBy: "<item>").dropFirst().map(ImportFixture.Block.init) {
            let type = item.value("wp:post_type")
            guard ["", "post", "page"].contains(type), ["", "publish"].contains(item.value("wp:status")),
                let link = URLComponents(string: item.value("link")), !item.value("wp:post_id").isEmpty
            else { continue }
            let new =
                loaded.posts.first { $0.title == item.value("title") }.map { "/posts/\($0.slug)/" }
                ?? loaded.pages.first { $0.title == item.value("title") }.map { "/\($0.name)/" }
            guard let new else { continue }  // an undated item, skipped
            if let query = link.query {
                #expect(rules.contains("\n\(link.path.isEmpty ? "/" : link.path) \(query) \(new) 301!\n"), "\(link)")
            } else if link.path != new {
                let page = try site.read("public" + link.path + (link.path.hasSuffix("/") ? "" : "/") + "index.html")
                #expect(page.contains("url=\(new)\""), "\(link)")
            }
            followed += 1
        }
        #expect(followed > 0)
    }
}
