import Foundation
import Testing

@testable import Placard
@testable import PlacardImport

/// The importers refuse every document type declaration (however it is quoted) and every encoding whose markup is
/// not ASCII bytes, resolve replies that lead back to themselves before the build sees them, and never keep the
/// white space between elements.
@Suite struct ImportSafetyTests {
    static let site = ImportHostileXMLTests.site

    /// The diagnostics of both importers for `bytes`; each must leave the content folder as it was.
    func refusals(_ bytes: Data) throws -> [Diagnostic] {
        try ImportHostileXMLTests().refusals(bytes)
    }

    @Test(arguments: [
        "<!DOCTYPE rss [<?pi '?><!ENTITY x \"y\">]>", "<!DOCTYPE rss [<?pi '?> <!ENTITY x \"y\"> <?pi '?>]>",
        "<!DOCTYPE rss [<!ATTLIST a b \"'\"><!ENTITY x \"y\">]>",
        "<!DOCTYPE rss SYSTEM \"http://attacker.example/x.dtd\">",
        "<!doctype rss>",
    ])
    func refusesEveryDocumentTypeDeclarationHoweverItIsQuoted(doctype: String) throws {
        let xml = "<?xml version=\"1.0\"?>\n" + doctype + "\n<rss><channel><title>&x;</title></channel></rss>\n"
        for error in try refusals(Data(xml.utf8)) {
            #expect(error.message.hasPrefix("the export has a document type declaration"))
            #expect(error.location?.line == 2)
        }
    }

    @Test func refusesEncodingsWhoseMarkupIsNotASCII() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE rss [<!ENTITY x \"y\">]>\n<rss/>\n"
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(xml.data(using: .utf16LittleEndian)!)
        for error in try refusals(utf16) {
            #expect(error.message.hasPrefix("the export is encoded in UTF-16LE, which the importer does not read"))
        }
        let noMark = xml.data(using: .utf16BigEndian)!
        for error in try refusals(noMark) { #expect(error.message.contains("UTF-16BE")) }
        let declared = Data(xml.replacingOccurrences(of: "<!DOCTYPE rss [<!ENTITY x \"y\">]>\n", with: "").utf8)
        for error in try refusals(declared) {
            #expect(error.message.hasPrefix("the export is encoded in UTF-16, which"))
            #expect(error.message.contains("iconv -f UTF-16 -t UTF-8"))
        }
    }

    @Test func readsALatin1Export() throws {
        let xml = InlineExport.wxr(items: [InlineExport.post(id: "1", slug: "cafe", title: "Caf\u{E9}")])
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
        let site = try TestSite(Self.site)
        defer { site.removeAll() }
        try site.write(xml.data(using: .isoLatin1)!, to: "export.xml")
        _ = try WordPressImporter(content: site.root + "/content").run(site.root + "/export.xml")
        #expect(try site.read("content/posts/cafe/index.md").contains("title: \"Caf\u{E9}\""))
    }

    @Test func resolvesSelfRepliesAndCyclesSoTheSiteBuilds() async throws {
        let comments = [
            InlineExport.comment(id: "1"), InlineExport.comment(id: "2", parent: "2"),
            InlineExport.comment(id: "3", parent: "5"), InlineExport.comment(id: "4", parent: "3"),
            InlineExport.comment(id: "5", parent: "4"), InlineExport.comment(id: "6", parent: "5"),
        ]
        let site = try TestSite(Self.site)
        defer { site.removeAll() }
        try site.write(
            InlineExport.wxr(items: [InlineExport.post(id: "1", slug: "talk", comments: comments)]), to: "export.xml")
        let summary = try WordPressImporter(content: site.root + "/content").run(site.root + "/export.xml")
        #expect(summary.comments == 6)
        #expect(
            summary.description.hasSuffix(
                "; made top-level 1 comment that closed a cycle of replies, 1 comment that replied to itself"))
        let entries = GeneratedExport.entries(try site.read("content/posts/talk/comments.yml"))
        #expect(entries.map { $0.parent } == ["0", "0", "0", "3", "4", "5"])
        try await site.build()
        #expect(try site.page("posts/talk/index.html").contains("id=\"comment-6\""))
    }

    @Test func resolvesACycleOfDisqusReplies() async throws {
        let site = try TestSite(Self.site)
        defer { site.removeAll() }
        try site.write(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <disqus xmlns:dsq="http://disqus.com/disqus-internals">
            <thread dsq:id="1"><link>https://example.org/posts/mine/</link><id>mine</id></thread>
            <post dsq:id="10"><message><![CDATA[<p>A</p>]]></message><createdAt>2020-01-01T10:00:00Z</createdAt><author><name>A</name></author><thread dsq:id="1"/><parent dsq:id="11"/></post>
            <post dsq:id="11"><message><![CDATA[<p>B</p>]]></message><createdAt>2020-01-01T11:00:00Z</createdAt><author><name>B</name></author><thread dsq:id="1"/><parent dsq:id="10"/></post>
            </disqus>
            """, to: "export.xml")
        let summary = try DisqusImporter(content: site.root + "/content").run(site.root + "/export.xml")
        #expect(summary.resolved == ["closed a cycle of replies": 1])
        try await site.build()
    }

    /// An element handler that records the text handed on with each end.
    final class TextLengths: XMLStreamHandler {
        var lengths: [String: Int] = [:]
        func start(_ name: String, attributes: [String: String]) {}
        func end(_ name: String, text: String) { lengths[name, default: 0] += text.utf8.count }
    }

    @Test func refusesAnElementHoldingMoreThan64MebibytesOfText() throws {
        let padding = String(repeating: " ", count: XMLStreamDelegate.longestText + 1)
        let xml = InlineExport.wxr(items: [InlineExport.post(id: "1", slug: "a", title: "Post" + padding)])
        for error in try refusals(Data(xml.utf8)) {
            #expect(error.message == "an element of the export holds more than 64 MiB of text; no real export does")
        }
    }

    @Test func keepsNoWhiteSpaceBetweenElements() throws {
        let site = try TestSite("")
        defer { site.removeAll() }
        let spaces = String(repeating: " \n", count: 500_000)
        try site.write(
            "<rss>\(spaces)<channel>\(spaces)<title>T</title>\(spaces)</channel>\(spaces)</rss>\n", to: "x.xml")
        let handler = TextLengths()
        try XMLStream(path: site.root + "/x.xml").read(into: handler)
        #expect(handler.lengths == ["title": 1, "channel": 0, "rss": 0])
    }
}
