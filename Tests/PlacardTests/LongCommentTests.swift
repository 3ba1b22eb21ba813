import Foundation
import Testing

@testable import Placard
@testable import PlacardImport

/// A comment is untrusted, and rendering one costs many times its size: a body over 1 MiB is an error at the body,
/// and an import skips and counts such a comment instead of writing what the build would refuse.
@Suite struct LongCommentTests {
    @Test func refusesACommentBodyOverOneMebibyte() async throws {
        let body = String(repeating: "a", count: Comment.maxBodyBytes + 1)
        let site = try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24")
                + "\n-- content/posts/a/comments.yml --\n- id: 1\n  author: Ann\n  body: \(body)")
        defer { site.removeAll() }
        let errors = await site.buildErrors()
        #expect(
            errors.hasPrefix(
                "content/posts/a/comments.yml:3:9: error: this comment's body is 1048577 bytes long, more than the "
                    + "1048576 a comment may have; shorten it or remove the comment"))
        try site.write(
            "- id: 1\n  author: Ann\n  body: " + String(body.dropFirst()) + "\n", to: "content/posts/a/comments.yml")
        try await site.build()
    }

    @Test func skipsAndCountsAnOverlongCommentOnImport() async throws {
        let site = try TestSite(minimalConfig)
        defer { site.removeAll() }
        let long = String(repeating: "word ", count: Comment.maxBodyBytes / 4)
        let xml = InlineExport.wxr(items: [
            InlineExport.post(
                id: "1", slug: "a",
                comments: [
                    InlineExport.comment(id: "1", content: long), InlineExport.comment(id: "2", parent: "1"),
                ])
        ])
        try site.write(xml, to: "export.xml")
        let summary = try WordPressImporter(content: site.root + "/content").run(site.root + "/export.xml")
        #expect(summary.description == "imported 1 post, 0 pages, 1 comment; skipped 1 overlong comment")
        try await site.build()
    }
}
