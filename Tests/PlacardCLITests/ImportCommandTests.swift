import Foundation
import Testing

@Suite struct ImportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/fixtures/import").path

    @Test func importsTheIssoWordPressExportAndBuilds() throws {
        let root = try makeSite(["content/site.yml": "title: T\nbase_url: https://example.org/\n"])
        let export = Self.fixtures + "/isso-wordpress.xml"
        let result = try PlacardProcess.run(["import", "wordpress", export], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "imported 2 posts, 0 pages, 8 comments; skipped 1 undated post\n")
        #expect(try PlacardProcess.run(["build"], in: root).status == 0)
        let again = try PlacardProcess.run(["import", "wordpress", export], in: root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("exists already"))
        #expect(try PlacardProcess.run(["import", "wordpress", "--force", export], in: root).status == 0)
    }

    @Test func reportsMalformedXMLWithLineAndColumn() throws {
        let root = try makeSite([
            "content/site.yml": "title: T\nbase_url: https://example.org/\n", "bad.xml": "<rss>\n<channel>\n</rss>\n",
        ])
        let result = try PlacardProcess.run(["import", "disqus", "bad.xml"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("bad.xml:3:"))
    }
}
