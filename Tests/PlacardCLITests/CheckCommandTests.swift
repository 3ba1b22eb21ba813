import Foundation
import Testing

@Suite struct CheckCommandTests {
    static let site = [
        "content/site.yml": "title: Test site\nbase_url: https://example.org/\nmarkdown:\n  unsafe_html: true\n",
        "content/posts/first/index.md":
            "---\ntitle: First post\ndate: 2018-05-24\n---\n\nCall [the ACLU](https://www.aclu.org/).\n",
    ]

    @Test func passesASiteThatLoadsNothingFromAnotherHostAndWritesNothing() throws {
        let root = try makeSite(Self.site)
        let result = try PlacardProcess.run(["check"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let summary = /Checked \d+ pages: no foreign resources, all internal links resolve\n/
        #expect(result.stdout.wholeMatch(of: summary) != nil, "\(result.stdout)")
        #expect(!exists(root, "public"))
    }

    @Test func failsNamingThePageAndTheElementOfAForeignResource() throws {
        var files = Self.site
        files["content/posts/first/index.md"]! += "\n<img src=\"https://tracker.example/p.gif\" alt=\"\">\n"
        let root = try makeSite(files)
        let result = try PlacardProcess.run(["check", "--source", root], in: "/")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("public/posts/first/index.html:") == true)
        #expect(
            lines.first?.hasSuffix(
                ":6: error: <img src=\"https://tracker.example/p.gif\"> loads a resource from tracker.example; "
                    + "serve it from the site or remove it") == true)
        #expect(lines.dropFirst().first == "<img src=\"https://tracker.example/p.gif\" alt=\"\">")
        #expect(lines.last?.wholeMatch(of: /1 error in \d+ pages checked/) != nil)
    }

    @Test func reportsContentErrorsLikeBuild() throws {
        var files = Self.site
        files["content/posts/first/index.md"] = "---\ntitle: First post\ndate: 2018-02-30\n---\n"
        let root = try makeSite(files)
        let result = try PlacardProcess.run(["check"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("content/posts/first/index.md:3:7: error: 'date' is 2018-02-30"))
    }
}
