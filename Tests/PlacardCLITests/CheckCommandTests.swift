import Foundation
import Testing

@Suite struct CheckCommandTests {
    static let site = [
        "content/site.yml": "title: Test site\nbase_url: https://example.org/\nmarkdown:\n  unsafe_html: true\n",
        "content/posts/first/index.md":
            "---\ntitle: First post\ndate: 2018-05-24\n---\n\nCall [the ACLU](https://www.aclu.org/).\n",
    ]

    @Test func passesASiteThatLoadsNothingFromAnotherHostAndWritesNothing() async throws {
        let root = try makeSite(Self.site)
        let result = await InProcessCommand.run(["check"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let summary = /Checked \d+ pages: no foreign resources, all internal links resolve\n/
        #expect(result.stdout.wholeMatch(of: summary) != nil, "\(result.stdout)")
        #expect(!exists(root, "public"))
    }

    @Test func failsNamingThePageAndTheElementOfAForeignResource() async throws {
        var files = Self.site
        files["content/posts/first/index.md"]! += "\n<img src=\"https://tracker.example/p.gif\" alt=\"\">\n"
        let root = try makeSite(files)
        let result = await InProcessCommand.run(["check", "--source", root], in: "/")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "one line for the problem, one for the count: \(result.stderr)")
        #expect(lines.first?.hasPrefix("public/posts/first/index.html:") == true)
        #expect(
            lines.first?.hasSuffix(
                ":6: error: <img src=\"https://tracker.example/p.gif\"> loads a resource from tracker.example; "
                    + "serve it from the site or remove it") == true)
        #expect(lines.last?.wholeMatch(of: /1 error in \d+ pages checked/) != nil)
    }

    @Test func reportsContentErrorsLikeBuild() async throws {
        var files = Self.site
        files["content/posts/first/index.md"] = "---\ntitle: First post\ndate: 2018-02-30\n---\n"
        let root = try makeSite(files)
        let result = await InProcessCommand.run(["check"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("content/posts/first/index.md:3:7: error: 'date' is 2018-02-30"))
    }

    @Test func printsOneLinePerProblemThenTheCount() async throws {
        var files = Self.site
        files["content/posts/first/index.md"]! +=
            "\n[gone](/posts/gone/) [top](#nowhere)\n\n<img src=\"https://tracker.example/p.gif\" alt=\"\">\n"
        let root = try makeSite(files)
        let result = await InProcessCommand.run(["check"], in: root)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(result.stderr)")
        #expect(
            lines.dropLast().allSatisfy {
                $0.wholeMatch(of: /public\/posts\/first\/index.html:\d+:\d+: error: .+/) != nil
            })
        #expect(
            lines.contains {
                $0.hasSuffix("links to posts/gone/index.html, which is not in the output; fix the link or add the page")
            })
        #expect(
            lines.contains {
                $0.hasSuffix(
                    "links to #nowhere, but posts/first/index.html has no element with that id; fix the fragment or add the id"
                )
            })
        #expect(lines.last?.wholeMatch(of: /3 errors in \d+ pages checked/) != nil)
        #expect(!exists(root, "public"))
    }

    @Test func reportsTemplateAndContentErrorsOneLineEachWithoutWriting() async throws {
        var files = Self.site
        files["content/posts/first/index.md"] = "---\ntitle: First post\ndate: 2018-02-30\n---\n"
        files["templates/tag.mustache"] = "<ul>\n{{#posts}}\n{{/post}}\n</ul>\n"
        let root = try makeSite(files)
        let result = await InProcessCommand.run(["check"], in: root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/posts/first/index.md:3:7: error: 'date' is 2018-02-30, which does not exist; check the month, day and time
                templates/tag.mustache:3:4: error: template syntax error: a section is closed with another section's name; check that every {{#section}} has its {{/section}}
                2 errors: nothing was written

                """)
        #expect(!exists(root, "public"))
    }
}
