import Foundation
import Placard
import Testing

/// Every real WordPress export in `../shared/fixtures/import/` imports, loads, builds and keeps its threads.
@Suite struct ImportTests {
    static let wordpressFixtures = [
        "isso-wordpress.xml", "wpimporter-slashes.xml", "wpimporter-small-export.xml",
        "wpimporter-valid-wxr-1.1.xml", "wpimporter-wxr-comprehensive.xml",
    ]

    /// One `<wp:comment>` of an export: id, parent and approval, read with string matching.
    struct ExportComment: Hashable {
        var id: String
        var parent: String
        var approved: String
    }

    /// The ids of approved comments written by their post's author, as the export says: the comment's user id is
    /// the id the `<wp:author>` list gives the item's `dc:creator`, or, in an export without that list, the id of a
    /// registered commenter named like the creator.
    static func authorComments(in fixture: ImportFixture) -> Set<String> {
        var ids: [String: String] = [:]
        for block in fixture.text.components(separatedBy: "<wp:author>").dropFirst() {
            let block = ImportFixture.Block(text: block)
            ids[block.value("wp:author_login")] = block.value("wp:author_id")
        }
        var result = Set<String>()
        for item in fixture.text.components(separatedBy: "<item>").dropFirst() {
            let creator = ImportFixture.Block(text: item).value("dc:creator")
            let comments = item.components(separatedBy: "<wp:comment>").dropFirst().map(ImportFixture.Block.init)
            let named = comments.first {
                $0.value("wp:comment_author") == creator && !["", "0"].contains($0.value("wp:comment_user_id"))
            }
            guard let author = ids[creator] ?? named?.value("wp:comment_user_id") else { continue }
            for comment in comments
            where comment.value("wp:comment_user_id") == author && comment.value("wp:comment_approved") == "1" {
                result.insert(comment.value("wp:comment_id"))
            }
        }
        return result
    }

    static func comments(in fixture: ImportFixture) -> [ExportComment] {
        let blocks = fixture.text.components(separatedBy: "<wp:comment>").dropFirst()
        return blocks.map { block in
            let block = ImportFixture.Block(text: block)
            return ExportComment(
                id: block.value("wp:comment_id"), parent: block.value("wp:comment_parent"),
                approved: block.value("wp:comment_approved"))
        }
    }

    @Test(arguments: wordpressFixtures)
    func importsBuildsAndKeepsThreads(name: String) throws {
        let fixture = ImportFixture(name: name)
        let site = try TestSite(minimalConfig)
        let summary = try WordPressImporter(content: site.root + "/content").run(fixture.path)
        let (loaded, warnings) = try site.load()
        #expect(warnings.isEmpty, "\(warnings)")
        try site.build()
        let exported = Self.comments(in: fixture)
        let approved = exported.filter { $0.approved == "1" }
        #expect(summary.comments == approved.count)
        #expect(summary.posts == loaded.posts.count)
        #expect(summary.pages == loaded.pages.count)
        var byAuthor = Set<String>()
        for post in loaded.posts {
            for entry in post.comments.entries where entry.comment.status != .removed {
                let parent = entry.comment.parent ?? "0"
                #expect(exported.contains(ExportComment(id: entry.comment.id, parent: parent, approved: "1")))
                if entry.comment.role == .author { byAuthor.insert(entry.comment.id) }
            }
        }
        #expect(byAuthor == Self.authorComments(in: fixture))
        let output = try site.outputText()
        for value in fixture.personalData {
            #expect(!output.contains(value), "\(value) from \(name) is in the output")
        }
    }

    @Test func issoExportRendersTheExportsNesting() throws {
        let fixture = ImportFixture(name: "isso-wordpress.xml")
        let site = try TestSite(minimalConfig)
        let summary = try WordPressImporter(content: site.root + "/content").run(fixture.path)
        #expect(summary.description == "imported 2 posts, 0 pages, 8 comments; skipped 1 undated post")
        try site.build()
        let html = try site.read("public/posts/test/index.html")
        #expect(
            RenderedThreads.parents(in: html) == [
                "2": "0", "6": "0", "7": "6", "8": "7", "9": "7", "10": "0", "11": "0",
            ])
        #expect(html.contains("Drölfter!"))
        #expect(site.exists("public/posts/p-4/index.html"))
        let marked = html.components(separatedBy: "<li id=\"comment-").dropFirst().filter {
            $0.prefix(while: { $0 != ">" }).contains("by-post-author")
        }
        // WXR 1.0 has no author list: user 1 is the post's creator, Tester, because Tester's comments say so; comment 7
        // is Tester's too by name, but the export gives it no user id.
        #expect(marked.map { String($0.prefix { $0 != "\"" }) } == ["6", "8", "9", "10", "11"])
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
            let site = try TestSite(minimalConfig)
            let summary = try WordPressImporter(content: site.root + "/content").run(ImportFixture(name: name).path)
            #expect(summary.description == line, "\(name)")
        }
    }

    @Test func draftsOnlyWithTheFlag() throws {
        let site = try TestSite(minimalConfig)
        let path = ImportFixture(name: "wpimporter-small-export.xml").path
        let summary = try WordPressImporter(content: site.root + "/content", options: [.drafts]).run(path)
        #expect(summary.skipped == ["draft page": 1])  // pages have no drafts: it would be published
        #expect(try site.read("content/posts/private-post/index.md").contains("draft: true"))
        let (_, warnings) = try site.load(drafts: true)
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test func slashesAreKeptAsWritten() throws {
        let site = try TestSite(minimalConfig)
        _ = try WordPressImporter(content: site.root + "/content").run(
            ImportFixture(name: "wpimporter-slashes.xml").path)
        let (loaded, _) = try site.load()
        let bodies = loaded.posts.flatMap { $0.comments.entries.map(\.comment.body) }
        try site.build()
        let html = try site.read("public/posts/hello-world/index.html")
        #expect(bodies.contains { $0.contains("\\\\o/") })
        #expect(html.contains("\\o/ ¯\\_(ツ)_/¯"))
    }
}

/// Who replies to whom in a rendered comment archive, read from the nesting of `<li id="comment-…">`.
enum RenderedThreads {
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
