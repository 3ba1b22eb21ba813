import Foundation
import Testing

@testable import Placard
@testable import PlacardCheck

@Suite struct CheckLinkTests {
    @Test func reportsBrokenLinksFragmentsAndFilesWithPageLineAndColumn() async throws {
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
        let report = try await SiteChecker(BuildOptions(source: site.root)).check()
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

    @Test func resolvesLinksUnderABaseURLWithAPath() async throws {
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
        let report = try await SiteChecker(BuildOptions(source: site.root)).check()
        #expect(
            report.diagnostics.map(\.message) == [
                "<a href=\"/other/\"> points to /other/, outside the site's root /campaign/; start it with /campaign/",
                "<a href=\"../../../\"> points to /, outside the site's root /campaign/; start it with /campaign/",
            ])
    }

    @Test func theExampleSitePasses() async throws {
        let report = try await SiteChecker(BuildOptions(source: TestSite.repository)).check()
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(report.description == "Checked \(report.pages) pages: no foreign resources, all internal links resolve")
        #expect(report.pages >= 8)
    }

    @Test func reportsFeedEntriesAndSitemapLocationsThatNameNoPage() throws {
        let checker = PageChecker(resolver: try #require(URLResolver(baseURL: "https://example.org/")))
        let feed = SourceFile(
            path: "public/feed.xml",
            text: """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                <link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>
                <entry>
                <link rel="alternate" type="text/html" href="https://example.org/posts/gone/"/>
                </entry>
                </feed>
                """)
        let sitemap = SourceFile(
            path: "public/sitemap.xml",
            text: """
                <urlset>
                <url><loc>https://example.org/posts/a/</loc></url>
                <url><loc>https://example.org/posts/gone/?a=1&amp;b=2</loc></url>
                </urlset>
                """)
        let links = LinkChecker(files: ["feed.xml", "sitemap.xml", "posts/a/index.html"], ids: [:])
        let found =
            links.check(checker.check(xml: feed, at: "feed.xml"))
            + links.check(checker.check(xml: sitemap, at: "sitemap.xml"))
        #expect(
            found.map(\.headline) == [
                "public/feed.xml:5:40: error: <link href=\"https://example.org/posts/gone/\"> links to "
                    + "posts/gone/index.html, which is not in the output; fix the link or add the page",
                "public/sitemap.xml:3:11: error: <loc>https://example.org/posts/gone/?a=1&b=2</loc> links to "
                    + "posts/gone/index.html, which is not in the output; fix the link or add the page",
            ])
    }

    @Test func checksTheFeedsAndTheSitemapOfTheBuild() async throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24"))
        let rendered = try SiteBuilder(BuildOptions(source: site.root)).render().files
        let checker = PageChecker(resolver: try #require(URLResolver(baseURL: "https://example.org/")))
        var references = 0
        for file in rendered where file.path.hasSuffix(".xml") {
            guard case .data(let data) = file.contents else { continue }
            let text = String(decoding: data, as: UTF8.self)
            references += checker.check(xml: SourceFile(path: file.path, text: text), at: file.path).references.count
        }
        // feed.xml and posts/a/feed.xml: self, alternate, one entry each; sitemap.xml: home, the post, the 404 page…
        #expect(references >= 8)
        #expect(try await SiteChecker(BuildOptions(source: site.root)).check().passed)
    }
}
