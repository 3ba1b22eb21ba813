import Foundation
import Testing

@Suite struct BuildCommandTests {
    static let site = [
        "content/site.yml": "title: Test site\nbase_url: https://example.org/\n",
        "content/posts/first/index.md": "---\ntitle: First post\ndate: 2018-05-24\n---\n\nCall *now*.\n",
        "content/posts/first/flyer.pdf": "%PDF-1.4\n",
        "content/posts/first/updates/2018-05-29.md": "---\ntitle: More actions\n---\n\nMarch on June 14.\n",
        "content/static/robots-extra.txt": "hello\n",
    ]

    @Test func writesThePagesAssetsAndFilesOfASmallSite() async throws {
        let root = try makeSite(Self.site)
        let result = await InProcessCommand.run(["build"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built 4 pages"))
        let post = try read(root, "public/posts/first/index.html")
        #expect(post.contains("<h1>First post</h1>"))
        #expect(post.contains("<p>Call <em>now</em>.</p>"))
        #expect(post.contains("id=\"update-2018-05-29\""))
        #expect(try read(root, "public/index.html").contains("href=\"/posts/first/\""))
        #expect(try read(root, "public/posts/first/flyer.pdf") == "%PDF-1.4\n")
        #expect(try read(root, "public/robots-extra.txt") == "hello\n")
        #expect(exists(root, "public/404.html"))
        #expect(exists(root, "public/assets/style.css"))
    }

    @Test func rebuildingUnchangedContentWritesNothingAndRemovesStaleFiles() async throws {
        let root = try makeSite(Self.site)
        #expect(await InProcessCommand.run(["build"], in: root).status == 0)
        try FileManager.default.removeItem(atPath: root + "/content/posts/first/flyer.pdf")
        let again = await InProcessCommand.run(["build"], in: root)
        #expect(again.stdout.contains("(0 written, 1 removed)"))
        #expect(!exists(root, "public/posts/first/flyer.pdf"))
    }

    @Test func failsWithEveryErrorAndLeavesPublicAsItWas() async throws {
        let root = try makeSite(Self.site)
        #expect(await InProcessCommand.run(["build"], in: root).status == 0)
        let before = try read(root, "public/posts/first/index.html")
        try "---\ntitle: First post\ndate: 2018-02-30\n---\nChanged.\n"
            .write(toFile: root + "/content/posts/first/index.md", atomically: true, encoding: .utf8)
        try "---\ndate: 2018-05-30\n---\n".write(
            toFile: root + "/content/posts/first/updates/2018-05-30.md", atomically: true, encoding: .utf8)
        let result = await InProcessCommand.run(["build"], in: root)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                content/posts/first/index.md:3:7: error: 'date' is 2018-02-30, which does not exist; check the month, day and time
                date: 2018-02-30
                      ^
                content/posts/first/updates/2018-05-30.md:1:1: error: the front matter has no 'title'; add a 'title: …' line
                ---
                ^
                2 errors: nothing was written

                """)
        #expect(try read(root, "public/posts/first/index.html") == before)
    }

    @Test func buildsIntoAnotherFolderWithAnotherBaseURL() async throws {
        let root = try makeSite(Self.site)
        let result = await InProcessCommand.run(
            ["build", "--output", "out", "--base-url", "https://preview.example.net/site/"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try read(root, "out/index.html").contains("href=\"/site/posts/first/\""))
        #expect(!exists(root, "public"))
    }
}
