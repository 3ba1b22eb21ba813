import Foundation
import Placard
import PlacardImport
import Testing

/// Exports too large to keep in memory as a whole: the importers stream them, and get every thread right.
///
/// Memory is measured outside CI, with `scripts/import-generate` and `/usr/bin/time -v` (see the README).
@Suite struct ImportLargeExportTests {
    @Test func fiftyThousandCommentThreadKeepsEveryParent() throws {
        let count = 50_000
        let site = try TestSite(minimalConfig)
        try site.write(
            GeneratedExport.wxr([GeneratedExport.item(id: 1, comments: 1..<(count + 1), html: false)]), to: "export.xml"
        )
        let summary = try WordPressImporter(content: site.root + "/content").run(site.root + "/export.xml")
        let spam = (1...count).filter(GeneratedExport.isSpam)
        #expect(summary.comments == count - spam.count)
        #expect(summary.skipped == ["spam comment": spam.count])
        let yaml = try site.read("content/posts/post-1/comments.yml")
        let entries = GeneratedExport.entries(yaml)
        var seen = Set<String>()
        var wrong: [String] = []  // collected, then checked once: 50,000 #expect calls would dominate the test
        for entry in entries {
            let id = Int(entry.id) ?? 0
            if entry.parent != "\(GeneratedExport.parent(of: id))" { wrong.append("\(id): parent \(entry.parent)") }
            if entry.parent != "0", !seen.contains(entry.parent) { wrong.append("\(id): before its parent") }
            if entry.removed, !GeneratedExport.isSpam(id) { wrong.append("\(id): removed") }
            seen.insert(entry.id)
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
        let repliedTo = Set((1...count).filter { !GeneratedExport.isSpam($0) }.map(GeneratedExport.parent(of:)))
        #expect(Set(entries.filter(\.removed).map(\.id)) == Set(spam.filter(repliedTo.contains).map(String.init)))
        #expect(entries.count(where: { !$0.removed }) == count - spam.count)
        #expect(
            try site.read("content/posts/post-1/index.md").contains("original_comment_count: \(count - spam.count)"))
        #expect(!yaml.contains("@mail.example") && !yaml.contains("10.9."))
        #expect(site.stagingLeftovers().isEmpty)
    }

    @Test func manyPostsWithDuplicatedItemsImportAndBuild() async throws {
        var items: [String] = []
        var next = 1
        for post in 1...120 {
            let comments = next..<(next + 30)
            next += 30
            let body = "<p>" + String(repeating: "Words of post \(post). ", count: 200) + "</p>"
            if post % 10 == 0 {
                let half = comments.lowerBound + 15
                items.append(
                    GeneratedExport.item(
                        id: post, comments: comments.lowerBound..<half, firstID: comments.lowerBound, body: body))
                items.append(
                    GeneratedExport.item(
                        id: post, comments: half..<comments.upperBound, firstID: comments.lowerBound, body: ""))
            } else {
                items.append(
                    GeneratedExport.item(id: post, comments: comments, firstID: comments.lowerBound, body: body))
            }
        }
        let site = try TestSite(minimalConfig)
        let xml = GeneratedExport.wxr(items)
        #expect(xml.utf8.count > 1_500_000)
        try site.write(xml, to: "export.xml")
        let summary = try WordPressImporter(content: site.root + "/content").run(site.root + "/export.xml")
        #expect(summary.posts == 120)
        #expect(summary.comments == 120 * 29)
        #expect(summary.skipped == ["spam comment": 120])
        let (loaded, warnings) = try site.load()
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(loaded.posts.count == 120)
        for post in loaded.posts {
            let approved = post.comments.entries.filter { $0.comment.status != .removed }
            #expect(approved.count == 29, "\(post.slug)")
        }
        let merged = try site.read("content/posts/post-10/index.md")
        #expect(merged.contains("Words of post 10.") && merged.contains("original_comment_count: 29"))
        try await site.build()
        let output = try site.outputText()
        #expect(!output.contains("@mail.example") && !output.contains("10.9."))
    }
}
