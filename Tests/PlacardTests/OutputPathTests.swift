import Foundation
import Testing

@testable import Placard
@testable import PlacardCheck

/// A content file that would be published where the build writes another file, or where another needs a folder, or
/// at a path that differs from another only in case, is an error at the content file, in `build` and `check` alike;
/// nothing is written.
@Suite struct OutputPathTests {
    static let listing = minimalConfig + post("a", title: "A", date: "2018-05-24")

    @Test(arguments: [
        (
            "content/static/index.html",
            "content/static/index.html:1:1: error: it would be published as index.html, which is a file the build makes of its own; rename or move it"
        ),
        (
            "content/static/feed.xml",
            "content/static/feed.xml:1:1: error: it would be published as feed.xml, which is a file the build makes of its own; rename or move it"
        ),
        (
            "content/static/assets/style.css",
            "content/static/assets/style.css:1:1: error: it would be published as assets/style.css, which is what templates/assets/style.css makes; rename or move it"
        ),
        (
            "content/posts/a/feed.xml",
            "content/posts/a/feed.xml:1:1: error: it would be published as posts/a/feed.xml, which is what content/posts/a/index.md makes; rename or move it"
        ),
        (
            "content/static/posts/a/index.html",
            "content/static/posts/a/index.html:1:1: error: it would be published as posts/a/index.html, which is what content/posts/a/index.md makes; rename or move it"
        ),
        (
            "content/static/Posts/A/Index.html",
            "content/static/Posts/A/Index.html:1:1: error: it would be published as Posts/A/Index.html, which differs only in case from posts/a/index.html (what content/posts/a/index.md makes); macOS and Windows would keep one of them; rename or move it"
        ),
    ])
    func refusesAContentFileAtAPathTheBuildWrites(path: String, expected: String) async throws {
        let site = try TestSite(Self.listing + "\n-- \(path) --\nmine")
        defer { site.removeAll() }
        #expect(await site.buildErrors() == expected)
        #expect(!site.exists("public"))
        let checkError = try await #require(throws: BuildFailure.self) {
            try await SiteChecker(BuildOptions(source: site.root)).check()
        }
        #expect(checkError.diagnostics.map(\.description).joined(separator: "\n") == expected)
    }

    @Test func refusesAPageNamedAfterAFileAndPagesThatDifferOnlyInCase() async throws {
        let page = "---\ntitle: P\n---\nP.\n"
        let site = try TestSite(
            Self.listing + "\n-- content/pages/feed.xml.md --\n\(page)-- content/pages/About.md --\n\(page)"
                + "-- content/pages/about.md --\n\(page)")
        defer { site.removeAll() }
        #expect(
            await site.buildErrors() == """
                content/pages/about.md:1:1: error: it would be published as about/index.html, which differs only in case from About/index.html (what content/pages/About.md makes); macOS and Windows would keep one of them; rename or move it
                content/pages/feed.xml.md:1:1: error: feed.xml/index.html and feed.xml (a file the build makes of its own) cannot both be written: one needs the other's name as a folder; rename or move it
                """)
        #expect(!site.exists("public"))
    }
}
