import Foundation
import Testing

@Suite struct NewCommandTests {
    static let config = ["content/site.yml": "title: T\nbase_url: https://example.org/\ntimezone: America/New_York\n"]

    @Test func createsADraftPostInAFolderNamedAfterItsTitle() async throws {
        let root = try makeSite(Self.config)
        let result = await InProcessCommand.run(["new", "post", "#WhereAreTheChildren: How to Help"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Created content/posts/wherearethechildren-how-to-help/index.md\n")
        let text = try read(root, "content/posts/wherearethechildren-how-to-help/index.md")
        #expect(text.hasPrefix("---\ntitle: \"#WhereAreTheChildren: How to Help\"\ndate: 20"))
        #expect(text.contains("\ndraft: true\n---\n"))
        #expect(await InProcessCommand.run(["build", "--drafts"], in: root).status == 0)
    }

    @Test func refusesToOverwriteAPost() async throws {
        let root = try makeSite(Self.config)
        #expect(await InProcessCommand.run(["new", "post", "Call today"], in: root).status == 0)
        try "mine".write(toFile: root + "/content/posts/call-today/index.md", atomically: true, encoding: .utf8)
        let again = await InProcessCommand.run(["new", "post", "Call today"], in: root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("content/posts/call-today exists already"))
        #expect(try read(root, "content/posts/call-today/index.md") == "mine")
    }

    @Test func addsDatedUpdatesAndASecondOneThatDayWithoutOverwriting() async throws {
        var files = Self.config
        files["content/posts/call/index.md"] = "---\ntitle: Call\ndate: 2018-05-24\n---\n"
        let root = try makeSite(files)
        let first = await InProcessCommand.run(
            ["new", "update", "call", "More actions", "--date", "2018-05-29"], in: root)
        #expect(first.stdout == "Created content/posts/call/updates/2018-05-29.md\n")
        let second = await InProcessCommand.run(
            ["new", "update", "call", "Evening news", "--date", "2018-05-29"], in: root)
        #expect(second.stdout == "Created content/posts/call/updates/2018-05-29-2.md\n")
        #expect(try read(root, "content/posts/call/updates/2018-05-29.md").contains("title: \"More actions\""))
        #expect(await InProcessCommand.run(["build"], in: root).status == 0)
        #expect(try read(root, "public/posts/call/index.html").contains("id=\"update-2018-05-29-2\""))
    }

    @Test func refusesAnUpdateForAPostThatDoesNotExistOrADayThatDoesNot() async throws {
        var files = Self.config
        files["content/posts/call/index.md"] = "---\ntitle: Call\ndate: 2018-05-24\n---\n"
        let root = try makeSite(files)
        let missing = await InProcessCommand.run(["new", "update", "nope", "X"], in: root)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("there is no post content/posts/nope/index.md"))
        let badDay = await InProcessCommand.run(["new", "update", "call", "X", "--date", "2018-02-30"], in: root)
        #expect(badDay.status == 1)
        #expect(badDay.stderr.contains("--date 2018-02-30 is not a real date"))
    }
}
