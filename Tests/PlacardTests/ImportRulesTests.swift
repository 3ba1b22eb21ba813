import Foundation
import Placard
import PlacardImport
import Testing

/// The WordPress importer's rules, on small inline exports.
@Suite struct ImportRulesTests {
    func importing(_ xml: String, options: ImportOptions = []) async throws -> (TestSite, ImportSummary) {
        let site = try TestSite(minimalConfig)
        try site.write(xml, to: "export.xml")
        let summary = try WordPressImporter(content: site.root + "/content", options: options).run(
            site.root + "/export.xml")
        _ = try site.load(drafts: options.contains(.drafts))
        try await site.build(drafts: options.contains(.drafts))
        return (site, summary)
    }

    @Test func postAuthorRepliesAreMarkedAndSkippedParentsBecomePlaceholders() async throws {
        let comments = [
            InlineExport.comment(id: "1"),
            InlineExport.comment(id: "2", parent: "1", user: "7", author: "Admin"),
            InlineExport.comment(id: "3", approved: "spam"),
            InlineExport.comment(id: "4", parent: "3"),
            InlineExport.comment(id: "5", approved: "0"),
            InlineExport.comment(id: "6", approved: "trash"),
            InlineExport.comment(id: "8", type: "pingback", author: "Other blog"),
        ]
        let xml = InlineExport.wxr(
            authors: InlineExport.author(id: "7", login: "admin"),
            items: [InlineExport.post(id: "1", slug: "a", comments: comments)])
        let (site, summary) = try await importing(xml)
        #expect(
            summary.description
                == "imported 1 post, 0 pages, 4 comments; skipped 1 pending comment, 1 spam comment, 1 trashed comment")
        let yaml = try site.read("content/posts/a/comments.yml")
        #expect(yaml.contains("- id: 2\n  parent: 1\n  role: author\n  author: \"Admin\""))
        #expect(yaml.contains("role: author"))
        #expect(yaml.contains("- id: 3\n  status: removed\n- id: 4\n  parent: 3\n"))
        #expect(yaml.contains("type: pingback"))
        #expect(!yaml.contains("example.com") && !yaml.contains("192.0.2."))
        #expect(try site.read("content/posts/a/index.md").contains("original_comment_count: 4"))
        let html = try site.read("public/posts/a/index.html")
        #expect(RenderedThreads.parents(in: html)["4"] == "3")
        #expect(html.contains("by-post-author"))
    }

    @Test func skippedCommentsReplyingToEachOtherStillLoad() async throws {
        let comments = [
            InlineExport.comment(id: "1", parent: "2", approved: "spam"),
            InlineExport.comment(id: "2", parent: "1", approved: "spam"),
            InlineExport.comment(id: "3", parent: "1"),
        ]
        let (site, summary) = try await importing(
            InlineExport.wxr(version: "1.0", items: [InlineExport.post(id: "1", slug: "a", comments: comments)]))
        #expect(summary.description == "imported 1 post, 0 pages, 1 comment; skipped 2 spam comments")
        let parents = RenderedThreads.parents(in: try site.read("public/posts/a/index.html"))
        #expect(parents["3"] == "1")
    }

    @Test func postDatesAreWrittenInTheSitesTimeZone() throws {
        let site = try TestSite(minimalConfig + "\ntimezone: Europe/Berlin\n")
        try site.write(InlineExport.wxr(items: [InlineExport.post(id: "1", slug: "a")]), to: "export.xml")
        _ = try WordPressImporter(content: site.root + "/content").run(site.root + "/export.xml")
        #expect(try site.read("content/posts/a/index.md").contains("\ndate: 2020-01-01T11:00:00+01:00\n"))
    }

    @Test func duplicatedItemsAreMerged() async throws {
        let first = InlineExport.post(id: "1", slug: "a", comments: [InlineExport.comment(id: "1")])
        let second = InlineExport.post(
            id: "1", slug: "a", comments: [InlineExport.comment(id: "1"), InlineExport.comment(id: "2", parent: "1")])
        let (site, summary) = try await importing(InlineExport.wxr(items: [first, second]))
        #expect(summary.posts == 1 && summary.comments == 2)
        #expect(try site.read("content/posts/a/comments.yml").components(separatedBy: "- id:").count == 3)
    }

    @Test func internalTypesAreSkippedAndCounted() async throws {
        let items = ["attachment", "nav_menu_item", "wp_global_styles", "wp_navigation", "page", "post"].enumerated()
            .map { InlineExport.post(id: "\($0.offset + 1)", slug: "s\($0.offset)", type: $0.element) }
        let (_, summary) = try await importing(InlineExport.wxr(items: items))
        #expect(summary.posts == 1 && summary.pages == 1)
        #expect(
            summary.skipped == [
                "attachment item": 1, "nav_menu_item item": 1, "wp_global_styles item": 1, "wp_navigation item": 1,
            ])
        #expect(
            summary.description.hasSuffix(
                "skipped 1 attachment item, 1 nav_menu_item item, 1 wp_global_styles item, 1 wp_navigation item"))
    }

    @Test func slugsAreDecodedAndSafe() async throws {
        let items = [
            InlineExport.post(id: "1", slug: "caf%c3%a9-cr%c3%a8me"),
            InlineExport.post(id: "2", slug: "%e6%97%a5%e6%9c%ac%e8%aa%9e"),
            InlineExport.post(id: "3", slug: "", title: "Hello, World!"),
            InlineExport.post(id: "4", slug: "..%2f..%2fetc"),
        ]
        let (site, _) = try await importing(InlineExport.wxr(items: items))
        #expect(site.exists("content/posts/café-crème/index.md"))
        #expect(site.exists("content/posts/日本語/index.md"))
        #expect(site.exists("content/posts/hello-world/index.md"))
        #expect(site.exists("content/posts/etc/index.md"))
    }

    @Test func postHTMLRendersAsOnWordPress() async throws {
        let body = """
            <!-- wp:paragraph -->First line
            second line

            [caption id="attachment_1" align="alignnone" width="300"]<img src="https://example.org/a.jpg" alt="A" /> A cat[/caption]

            <ul><li>one</li></ul>
            <!-- /wp:paragraph -->
            """
        let (site, _) = try await importing(
            InlineExport.wxr(items: [InlineExport.post(id: "1", slug: "a", body: body)]))
        let html = try site.read("public/posts/a/index.html")
        #expect(html.contains("<p>First line<br />\nsecond line</p>"))
        #expect(
            html.contains(
                "<figure class=\"wp-caption\"><img src=\"https://example.org/a.jpg\" alt=\"A\" /><figcaption>A cat</figcaption></figure>"
            ))
        #expect(html.contains("<ul><li>one</li></ul>"))
        #expect(!html.contains("wp:paragraph"))
    }

    @Test func commentHTMLBecomesMarkdownShownAsWritten() async throws {
        let content = """
            <p>See <a href="https://x.example/?a=1&amp;b=2">this</a>, <em>really</em> <strong>now</strong>.</p>
            <blockquote>quoted</blockquote>
            Use <code>a*b</code> and 1. not a list; 5 < 6 & <script>alert(1)</script> *stars* [x](y)
            """
        let comments = [InlineExport.comment(id: "1", content: content)]
        let (site, _) = try await importing(
            InlineExport.wxr(items: [InlineExport.post(id: "1", slug: "a", comments: comments)]))
        let html = try site.read("public/posts/a/index.html")
        #expect(html.contains("href=\"https://x.example/?a=1&amp;b=2\""))
        #expect(html.contains("<em>really</em> <strong>now</strong>"))
        #expect(html.contains("<blockquote>\n<p>quoted</p>\n</blockquote>"))
        #expect(html.contains("<code>a*b</code>"))
        #expect(html.contains("5 &lt; 6 &amp; alert(1) *stars* [x](y)"))
        #expect(!html.contains("<script>alert"))
    }
}
