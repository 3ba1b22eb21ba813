import Foundation
import Placard
import PlacardImport
import Testing

/// Bad exports and existing files: an error, and nothing written.
@Suite struct ImportBadInputTests {
    func export(_ xml: String, in site: TestSite) throws -> String {
        try site.write(xml, to: "export.xml")
        return site.root + "/export.xml"
    }

    func importError(_ xml: String, site: TestSite) throws -> Diagnostic? {
        let path = try export(xml, in: site)
        do {
            _ = try WordPressImporter(content: site.root + "/content").run(path)
            return nil
        } catch {
            return error
        }
    }

    @Test func malformedXMLNamesLineAndColumnAndWritesNothing() throws {
        let site = try TestSite(minimalConfig)
        let xml = InlineExport.wxr(items: [InlineExport.post(id: "1", slug: "a")]).replacingOccurrences(
            of: "<wp:post_type>", with: "<wp:post_type><oops>")
        let error = try #require(try importError(xml, site: site))
        #expect(error.location?.line ?? 0 > 1)
        #expect(error.location?.column ?? 0 >= 1)
        #expect(error.message.contains("not well-formed"))
        #expect(site.contentFiles() == ["content/site.yml"])
    }

    @Test func truncatedXMLWritesNothing() throws {
        let site = try TestSite(minimalConfig)
        let xml = InlineExport.wxr(items: [
            InlineExport.post(id: "1", slug: "a"), InlineExport.post(id: "2", slug: "b"),
        ])
        let error = try #require(try importError(String(xml.prefix(xml.count * 2 / 3)), site: site))
        #expect(error.location != nil)
        #expect(site.contentFiles() == ["content/site.yml"])
    }

    @Test func billionLaughsIsRefused() throws {
        let site = try TestSite(minimalConfig)
        var entities = "<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        let xml =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n\(entities)]>\n<rss><channel><item><title>&lol9;</title>"
            + "</item></channel></rss>\n"
        let error = try #require(try importError(xml, site: site))
        #expect(error.message.contains("entit"))
        #expect(error.location?.line == 2)
        #expect(site.contentFiles() == ["content/site.yml"])
    }

    @Test func externalEntitiesAreNotRead() throws {
        let site = try TestSite(minimalConfig)
        let xml =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
            + "<rss><channel><item><title>&secret;</title></item></channel></rss>\n"
        #expect(try importError(xml, site: site) != nil)
        #expect(site.contentFiles() == ["content/site.yml"])
    }

    /// The site's `site.yml` is read as the build reads it: a byte that is not UTF-8 is named by its line and column.
    @Test func aSiteYMLThatIsNotUTF8IsNamedByLineAndColumn() throws {
        let site = try TestSite("")
        let latin1 = Data("title: T\nbase_url: https://example.org/\ndescription: caf".utf8) + Data([0xE9, 0x0A])
        try site.write(latin1, to: "content/site.yml")
        let error = try #require(
            try importError(InlineExport.wxr(items: [InlineExport.post(id: "1", slug: "a")]), site: site))
        #expect(error.message == "the file is not UTF-8 text; save it with the UTF-8 encoding")
        #expect(error.location == SourceLocation(path: site.root + "/content/site.yml", line: 3, column: 17))
        #expect(site.contentFiles() == ["content/site.yml"])
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let site = try TestSite(minimalConfig + "\n-- content/posts/b/index.md --\nmine\n")
        let path = try export(
            InlineExport.wxr(items: [InlineExport.post(id: "1", slug: "a"), InlineExport.post(id: "2", slug: "b")]),
            in: site)
        #expect(throws: Diagnostic.self) { try WordPressImporter(content: site.root + "/content").run(path) }
        #expect(try site.read("content/posts/b/index.md").hasPrefix("mine\n"))
        #expect(!site.exists("content/posts/a"))
        _ = try WordPressImporter(content: site.root + "/content", options: [.force]).run(path)
        #expect(try site.read("content/posts/b/index.md").contains("title: \"Post 2\""))
        #expect(site.contentFiles().allSatisfy { !$0.contains(".placard-import") })
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: site.root)).contains { $0.hasPrefix(".placard") })
    }
}
