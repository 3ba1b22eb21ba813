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

    @Test func importsTheIssoDisqusExportIntoExistingPostsAndBuilds() throws {
        let post = "---\ntitle: Some id\ndate: 2012-12-12\n---\nBody.\n"
        let root = try makeSite([
            "content/site.yml": "title: T\nbase_url: https://example.org/\n",
            "content/posts/some-id/index.md": post,
            "content/posts/redacted/index.md": post.replacingOccurrences(of: "Some id", with: "Redacted"),
        ])
        let export = Self.fixtures + "/isso-disqus.xml"
        let result = try PlacardProcess.run(["import", "disqus", export], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "imported 2 posts, 0 pages, 4 comments; skipped 1 deleted comment, 1 orphan comment\n")
        let yaml = try read(root, "content/posts/some-id/comments.yml")
        #expect(yaml.contains("- id: 9\n  status: removed\n- id: 11\n  parent: 9\n"))
        #expect(try PlacardProcess.run(["build"], in: root).status == 0)
        let page = try read(root, "public/posts/some-id/index.html")
        #expect(page.contains("id=\"comment-11\""))
        for secret in ["foo@bar.com", "baz@email.foo", "127.0.0.1"] {
            #expect(!yaml.contains(secret) && !page.contains(secret))
        }
        let again = try PlacardProcess.run(["import", "disqus", export], in: root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("comments.yml exists already"))
        #expect(try PlacardProcess.run(["import", "disqus", "--force", export], in: root).status == 0)
    }

    @Test func reportsATruncatedDisqusExportAndWritesNothing() throws {
        let text = try String(contentsOfFile: Self.fixtures + "/isso-disqus.xml", encoding: .utf8)
        let root = try makeSite([
            "content/site.yml": "title: T\nbase_url: https://example.org/\n",
            "content/posts/some-id/index.md": "---\ntitle: Some id\ndate: 2012-12-12\n---\nBody.\n",
            "cut.xml": String(text.prefix(text.count / 2)),
        ])
        let result = try PlacardProcess.run(["import", "disqus", "cut.xml"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("cut.xml:"))
        #expect(result.stderr.contains("truncated") || result.stderr.contains("not well-formed"))
        #expect(!exists(root, "content/posts/some-id/comments.yml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).allSatisfy { !$0.hasPrefix(".placard") })
    }
}
