import Foundation
import Testing

@testable import Placard

@Suite struct CheckLinkTests {
    @Test func reportsBrokenLinksFragmentsAndFilesWithPageLineAndColumn() throws {
        let body = """
            ## What happened

            See [what happened](#what-happened), [the list](/posts/a/#the-list), [next](/posts/nope/),
            [b](../b), [b's top](/posts/b/#top), [b's end](/posts/b/#end) and [css](/assets/style.css#x).

            ![A photo](photo.png) ![Missing](missing.png)
            """
        let listing =
            CheckTests.unsafeConfig + post("a", title: "A", date: "2018-05-24", body: body)
            + post("b", title: "B", date: "2018-05-25", body: "<p id=\"end\">End.</p>")
            + "\n-- content/posts/a/photo.png --\nPNG\n"
        let site = try TestSite(listing)
        let report = try SiteChecker(BuildOptions(source: site.root)).check()
        let page = try #require(
            try SiteBuilder(BuildOptions(source: site.root)).render().files.first { $0.path == "posts/a/index.html" })
        guard case .data(let data) = page.contents else { return }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        func location(of text: String) -> String {
            let line = lines.firstIndex { $0.contains(text) } ?? -1
            let column =
                lines[line].range(of: text).map {
                    lines[line].distance(from: lines[line].startIndex, to: $0.lowerBound)
                } ?? -1
            return "public/posts/a/index.html:\(line + 1):\(column + 1)"
        }
        #expect(
            report.diagnostics.map(\.headline) == [
                "\(location(of: "href=\"/posts/a/#the-list\"")): error: <a href=\"/posts/a/#the-list\"> links to "
                    + "#the-list, but posts/a/index.html has no element with that id; fix the fragment or add the id",
                "\(location(of: "href=\"/posts/nope/\"")): error: <a href=\"/posts/nope/\"> links to "
                    + "posts/nope/index.html, which is not in the output; fix the link or add the page",
                "\(location(of: "src=\"missing.png\"")): error: <img src=\"missing.png\"> loads posts/a/missing.png, "
                    + "which is not in the output; fix the path or add the file",
            ])
    }

    @Test func resolvesLinksUnderABaseURLWithAPath() throws {
        let config = """
            -- content/site.yml --
            title: Test site
            base_url: https://example.org/campaign/
            markdown:
              unsafe_html: true
            """
        let body =
            "[Home](/campaign/) [Tags](/campaign/tags/x/) [Outside](/other/) [Up](../../../) [Abs](https://example.org/campaign/posts/a/)"
        let site = try TestSite(config + post("a", title: "A", date: "2018-05-24", extra: "tags: [x]", body: body))
        let report = try SiteChecker(BuildOptions(source: site.root)).check()
        #expect(
            report.diagnostics.map(\.message) == [
                "<a href=\"/other/\"> points to /other/, outside the site's root /campaign/; start it with /campaign/",
                "<a href=\"../../../\"> points to /, outside the site's root /campaign/; start it with /campaign/",
            ])
    }

    @Test func theExampleSitePasses() throws {
        let report = try SiteChecker(BuildOptions(source: TestSite.repository)).check()
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(report.description == "Checked \(report.pages) pages: no foreign resources, all internal links resolve")
        #expect(report.pages >= 8)
    }
}
