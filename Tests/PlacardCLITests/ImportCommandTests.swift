import Foundation
import Testing

@Suite struct ImportCommandTests {
    /// Our exports, in the library's test fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PlacardTests/Fixtures/import").path

    @Test func importsAWordPressExportAndBuilds() throws {
        let root = try makeSite(["content/site.yml": "title: T\nbase_url: https://example.org/\n"])
        let export = Self.fixtures + "/wxr-1.0.xml"
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

    @Test func importsADisqusExportIntoExistingPostsAndBuilds() throws {
        let post = "---\ntitle: Street lights\ndate: 2019-04-01\n---\nBody.\n"
        let root = try makeSite([
            "content/site.yml": "title: T\nbase_url: https://example.org/\n",
            "content/posts/street-lights/index.md": post,
            "content/posts/park-benches/index.md": post.replacingOccurrences(of: "Street lights", with: "Benches"),
        ])
        let export = Self.fixtures + "/disqus.xml"
        let result = try PlacardProcess.run(["import", "disqus", export], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "imported 2 posts, 0 pages, 5 comments; skipped 2 deleted comments, 1 orphan comment, 1 spam comment, "
                + "2 unmatched-thread comments; unmatched: http://localhost:4000/2019/05/bus-shelters/index.html, "
                + "https://example.org/about/\n")
        let yaml = try read(root, "content/posts/street-lights/comments.yml")
        #expect(yaml.contains("- id: 14\n  status: removed\n- id: 15\n  parent: 14\n"))
        #expect(try PlacardProcess.run(["build"], in: root).status == 0)
        let page = try read(root, "public/posts/street-lights/index.html")
        #expect(page.contains("id=\"comment-15\""))
        for secret in ["kofi@mail.example", "gone@mail.example", "198.51.100.11", "198.51.100.15"] {
            #expect(!yaml.contains(secret) && !page.contains(secret))
        }
        let again = try PlacardProcess.run(["import", "disqus", export], in: root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("comments.yml exists already"))
        #expect(try PlacardProcess.run(["import", "disqus", "--force", export], in: root).status == 0)
    }

    @Test func reportsATruncatedDisqusExportAndWritesNothing() throws {
        let text = try String(contentsOfFile: Self.fixtures + "/disqus.xml", encoding: .utf8)
        let root = try makeSite([
            "content/site.yml": "title: T\nbase_url: https://example.org/\n",
            "content/posts/street-lights/index.md": "---\ntitle: Street lights\ndate: 2019-04-01\n---\nBody.\n",
            "cut.xml": String(text.prefix(text.count / 2)),
        ])
        let result = try PlacardProcess.run(["import", "disqus", "cut.xml"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("cut.xml:"))
        #expect(result.stderr.contains("truncated") || result.stderr.contains("not well-formed"))
        #expect(!exists(root, "content/posts/street-lights/comments.yml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).allSatisfy { !$0.hasPrefix(".placard") })
    }

    @Test func importsWithTheUploadsFolderAndCheckNamesOnlyTheMissingFile() throws {
        let root = try makeSite(["content/site.yml": "title: T\nbase_url: https://example.org/\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let export = Self.fixtures + "/migration.xml"
        let uploads = Self.fixtures + "/migration-uploads"
        let result = try PlacardProcess.run(["import", "wordpress", "--media", uploads, export], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "imported 3 posts, 1 page, 3 comments, 13 media files; skipped 8 attachment items; 2 media files "
                + "not found, listed in import-missing-media.txt\n")
        #expect(try read(root, "content/import-missing-media.txt").contains("/2018/05/gone.jpg\t"))
        #expect(try PlacardProcess.run(["build"], in: root).status == 0)
        #expect(try read(root, "public/2018/05/24/number-9/index.html").contains("url=/posts/number-9/"))
        let check = try PlacardProcess.run(["check"], in: root)
        #expect(check.status == 1)
        #expect(check.stderr.contains("gone.jpg\"> loads a resource from buses.example"))
        #expect(check.stderr.contains("1 error in 16 pages checked"))
        let again = try PlacardProcess.run(["import", "wordpress", "--media", uploads, export], in: root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("exists already"))
    }

    @Test func refusesAMediaFolderThatIsNotOne() throws {
        let root = try makeSite(["content/site.yml": "title: T\nbase_url: https://example.org/\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try PlacardProcess.run(
            ["import", "wordpress", "--media", "no-such-folder", Self.fixtures + "/migration.xml"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the media folder no-such-folder is not a folder"))
        #expect(!exists(root, "content/posts"))
        let size = try PlacardProcess.run(
            ["import", "wordpress", "--fetch-media", "--max-media-size", "0", Self.fixtures + "/migration.xml"],
            in: root)
        #expect(size.status != 0)
        #expect(size.stderr.contains("--max-media-size must be a number of MB above 0"))
    }
}
