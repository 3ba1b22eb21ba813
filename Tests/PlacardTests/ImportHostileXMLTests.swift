import Foundation
import Placard
import PlacardImport
import Testing

/// Exports that are broken or built to hurt: each is refused with its line and column, quickly and in bounded memory,
/// and leaves the content folder exactly as it was, with no staging folder behind.
@Suite struct ImportHostileXMLTests {
    static let site =
        minimalConfig + "\n-- content/posts/mine/index.md --\n---\ntitle: Mine\ndate: 2020-01-01\n---\nMine.\n"

    /// Runs both importers on `xml`; each must fail without touching the content folder.
    func refusals(_ xml: String) throws -> [Diagnostic] {
        try refusals(Data(xml.utf8))
    }

    /// Runs both importers on an export's bytes; each must fail without touching the content folder.
    func refusals(_ bytes: Data) throws -> [Diagnostic] {
        var errors: [Diagnostic] = []
        for disqus in [false, true] {
            let site = try TestSite(Self.site)
            defer { site.removeAll() }
            try site.write(bytes, to: "export.xml")
            let before = site.contentSnapshot()
            let path = site.root + "/export.xml"
            do {
                _ =
                    try disqus
                    ? DisqusImporter(content: site.root + "/content").run(path)
                    : WordPressImporter(content: site.root + "/content").run(path)
                Issue.record("the \(disqus ? "Disqus" : "WordPress") importer accepted it")
            } catch {
                errors.append(error)
                #expect(error.location?.path == path)
            }
            #expect(site.contentSnapshot() == before)
            #expect(site.stagingLeftovers().isEmpty)
        }
        return errors
    }

    static func laughs(levels: Int = 10) -> String {
        var entities = "<!ENTITY lol0 \"lol\">\n"
        for level in 1..<levels {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        return "<!DOCTYPE rss [\n\(entities)]>\n<rss><channel><item><title>&lol\(levels - 1);</title>"
            + "<wp:post_id>1</wp:post_id></item></channel></rss>\n"
    }

    @Test func billionLaughsAfterALongPrologIsRefusedAtItsDeclaration() throws {
        let padding = "<!-- " + String(repeating: "padding ", count: 20_000) + "-->\n"
        let xml = "<?xml version=\"1.0\"?>\n" + padding + "<?pi <!ENTITY not-this?>\n" + Self.laughs()
        for error in try refusals(xml) {
            #expect(error.message.contains("has a document type declaration, which can declare XML entities"))
            #expect(error.location?.line == 4)
            #expect(error.location?.column == 1)
        }
    }

    @Test func quadraticBlowupIsRefusedBeforeParsing() throws {
        let big = String(repeating: "a", count: 50_000)
        let xml =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!-- one big entity --> <!ENTITY a \"\(big)\"> ]>\n<rss><channel><item><title>"
            + String(repeating: "&a;", count: 50_000) + "</title></item></channel></rss>\n"
        let start = Date()
        for error in try refusals(xml) {
            #expect(error.message.contains("entities"))
            #expect(error.location?.line == 2)
            #expect(error.location?.column == 1)
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func externalEntityIsRefused() throws {
        let xml =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
            + "<rss><channel><item><title>&secret;</title></item></channel></rss>\n"
        for error in try refusals(xml) { #expect(error.location?.line == 2) }
    }

    @Test func undeclaredEntityNamesTheProblem() throws {
        let xml = InlineExport.wxr(items: [InlineExport.post(id: "1", slug: "a", title: "Caf&eacute;")])
        for error in try refusals(xml) {
            #expect(error.message.contains("undeclared entity"))
            #expect(error.location?.line == 9)
        }
    }

    @Test(arguments: [0.2, 0.5, 0.8, 0.97])
    func truncatedExportIsAnErrorWithItsEnd(fraction: Double) throws {
        let items = (1...4).map {
            InlineExport.post(id: "\($0)", slug: "p\($0)", comments: [InlineExport.comment(id: "\($0)")])
        }
        let xml = InlineExport.wxr(items: items)
        let cut = String(xml.prefix(Int(Double(xml.count) * fraction)))
        let lines = cut.split(separator: "\n", omittingEmptySubsequences: false).count
        for error in try refusals(cut) {
            #expect(error.message.contains("truncated") || error.message.contains("not well-formed"), "\(error)")
            #expect((error.location?.line ?? 0) >= lines - 1)
        }
    }

    @Test(arguments: ["", "  \n", "<!-- nothing -->\n", "<a"])
    func emptyExportIsAnError(xml: String) throws {
        for error in try refusals(xml) { #expect(error.location?.line ?? 0 >= 1) }
    }

    @Test func mismatchedTagStopsAtTheFirstError() throws {
        let xml = "<?xml version=\"1.0\"?>\n<rss>\n<channel>\n<item></channel>\n</rss>\n<more/>\n"
        for error in try refusals(xml) {
            #expect(error.message == "the export is not well-formed XML: an end tag that does not match its start tag")
            #expect(error.location?.line == 4)
        }
    }
}
