import Foundation
import Testing

/// The README and the reference in `docs/` link to each other, and every link and anchor between them resolves.
@Suite struct DocsLinkTests {
    static let root = TestSite.repository

    /// README.md, templates/README.md and every Markdown page below docs/.
    static func pages() throws -> [String] {
        let docs = try FileManager.default.contentsOfDirectory(atPath: root + "/docs").filter { $0.hasSuffix(".md") }
        return ["README.md", "templates/README.md"] + docs.sorted().map { "docs/" + $0 }
    }

    @Test func everyInternalLinkAndAnchorResolves() throws {
        let problems = try MarkdownLinks(root: Self.root).problems(in: try Self.pages())
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func readmeLinksEveryDocsPage() throws {
        let linked = Set(try MarkdownLinks.Page(path: Self.root + "/README.md").links.map(\.url))
        for page in try Self.pages() where page.hasPrefix("docs/") {
            #expect(linked.contains(page), "README.md does not link \(page)")
        }
    }

    @Test func aBrokenLinkOrAnchorIsReported() throws {
        let site = try TestSite(
            """
            -- a.md --
            # Start here

            See [b](b.md#the-second-part-b), [the top](#start-here), [again](#start-here-1) and [a folder](sub/).

            Broken: [gone](missing.md), [no such heading](b.md#nowhere), [self](#nothing) and [out](../x.md).

            ## Start here
            -- b.md --
            ## The *second* part: `b`
            -- sub/c.txt --
            c
            """, templates: false)
        let problems = try MarkdownLinks(root: site.root).problems(in: ["a.md", "b.md"])
        #expect(
            problems == [
                "a.md:5: missing.md: missing.md does not exist",
                "a.md:5: b.md#nowhere: no heading of b.md has the id nowhere",
                "a.md:5: #nothing: no heading of a.md has the id nothing",
                "a.md:5: ../x.md leaves the repository",
            ])
        #expect(MarkdownLinks.Page.githubID("The *second* part: `b`") == "the-second-part-b")
        #expect(try MarkdownLinks.Page(path: site.root + "/a.md").anchors == ["start-here", "start-here-1"])
    }
}
