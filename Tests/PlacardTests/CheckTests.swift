import Foundation
import Testing

@testable import Placard
@testable import PlacardCheck

@Suite struct CheckTests {
    /// A site whose posts may hold raw HTML.
    static let unsafeConfig = """
        -- content/site.yml --
        title: Test site
        base_url: https://example.org/
        markdown:
          unsafe_html: true
        """

    /// Checks a site with one post `a` holding `body`.
    func check(_ body: String, extra listing: String = "") async throws -> CheckReport {
        let site = try TestSite(
            Self.unsafeConfig + post("a", title: "A", date: "2018-05-24", body: body) + "\n" + listing)
        return try await SiteChecker(BuildOptions(source: site.root)).check()
    }

    /// The messages of a check's errors.
    func errors(_ body: String, extra listing: String = "") async throws -> [String] {
        try await check(body, extra: listing).diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    @Test func rejectsAThirdPartyImageInRawHTMLNamingThePageAndTheElement() async throws {
        let site = try TestSite(
            Self.unsafeConfig
                + post(
                    "a", title: "A", date: "2018-05-24",
                    body: "Read this.\n\n<img src=\"https://tracker.example/p.gif\">"))
        let report = try await SiteChecker(BuildOptions(source: site.root)).check()
        #expect(!report.passed)
        let html = String(
            try SiteBuilder(BuildOptions(source: site.root)).render().files
                .first { $0.path == "posts/a/index.html" }.map { file -> String in
                    guard case .data(let data) = file.contents else { return "" }
                    return String(decoding: data, as: UTF8.self)
                } ?? "")
        let lines = html.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("<img src=\"https://tracker.example/p.gif\">") }) + 1
        #expect(
            report.diagnostics.map(\.headline) == [
                "public/posts/a/index.html:\(line):6: error: <img src=\"https://tracker.example/p.gif\"> loads a "
                    + "resource from tracker.example; serve it from the site or remove it"
            ])
        #expect(report.description == "1 error in \(report.pages) pages checked")
    }

    @Test(arguments: [
        ("<script src=\"https://cdn.example/a.js\"></script>", "<script src=\"https://cdn.example/a.js\">"),
        ("<link rel=\"stylesheet\" href=\"https://cdn.example/a.css\">", "<link href=\"https://cdn.example/a.css\">"),
        ("<link rel=\"icon\" href=\"https://cdn.example/i.png\">", "<link href=\"https://cdn.example/i.png\">"),
        ("<link rel=\"preconnect\" href=\"https://cdn.example\">", "<link href=\"https://cdn.example\">"),
        ("<img srcset=\"https://cdn.example/b.png 2x\" alt=\"\">", "<img srcset=\"https://cdn.example/b.png 2x\">"),
        ("<iframe src=\"https://cdn.example/embed\"></iframe>", "<iframe src=\"https://cdn.example/embed\">"),
        ("<embed src=\"https://cdn.example/a.swf\">", "<embed src=\"https://cdn.example/a.swf\">"),
        ("<object data=\"https://cdn.example/a.swf\"></object>", "<object data=\"https://cdn.example/a.swf\">"),
        ("<audio src=\"https://cdn.example/a.mp3\"></audio>", "<audio src=\"https://cdn.example/a.mp3\">"),
        ("<video poster=\"https://cdn.example/p.jpg\"></video>", "<video poster=\"https://cdn.example/p.jpg\">"),
        ("<video><source src=\"https://cdn.example/v.mp4\"></video>", "<source src=\"https://cdn.example/v.mp4\">"),
        ("<video><track src=\"https://cdn.example/t.vtt\"></video>", "<track src=\"https://cdn.example/t.vtt\">"),
        (
            "<input type=\"image\" src=\"https://cdn.example/go.png\" alt=\"Go\">",
            "<input src=\"https://cdn.example/go.png\">"
        ),
        (
            "<table background=\"https://cdn.example/bg.png\"></table>",
            "<table background=\"https://cdn.example/bg.png\">"
        ),
        ("<a href=\"/\" ping=\"https://cdn.example/ping\">Home</a>", "<a ping=\"https://cdn.example/ping\">"),
        ("<svg><image href=\"https://cdn.example/i.png\"/></svg>", "<image href=\"https://cdn.example/i.png\">"),
    ])
    func rejectsEveryKindOfResourceFromAnotherHost(html: String, element: String) async throws {
        #expect(
            try await errors(html) == [
                "\(element) loads a resource from cdn.example; serve it from the site or remove it"
            ])
    }

    @Test func rejectsCSSThatLoadsFromAnotherHost() async throws {
        let css = """
            -- templates/assets/extra.css --
            @namespace svg url(http://www.w3.org/2000/svg);
            @import "https://fonts.example/a.css";
            @font-face { font-family: X; src: url(https://fonts.example/x.woff2) format("woff2"); }
            /* url(https://comment.example/ignored.png) */
            .a { background: image-set("https://img.example/a.png" type("image/png") 1x); }
            .b { background: url(/assets/style.css); }
            """
        let body = """
            <p style="background: url('https://img.example/bg.png')">Styled.</p>

            <style>.c { background: u\\72l(//img.example/c.png) }</style>
            """
        let report = try await check(body, extra: css)
        #expect(
            report.diagnostics.map(\.description).filter { $0.hasPrefix("public/assets/extra.css") } == [
                "public/assets/extra.css:2:1: error: @import \"https://fonts.example/a.css\" loads a resource from "
                    + "fonts.example; serve it from the site or remove it\n@import \"https://fonts.example/a.css\";\n^",
                "public/assets/extra.css:3:35: error: url(https://fonts.example/x.woff2) loads a resource from "
                    + "fonts.example; serve it from the site or remove it\n"
                    + "@font-face { font-family: X; src: url(https://fonts.example/x.woff2) format(\"woff2\"); }\n"
                    + String(repeating: " ", count: 34) + "^",
                "public/assets/extra.css:5:28: error: \"https://img.example/a.png\" loads a resource from img.example; "
                    + "serve it from the site or remove it\n"
                    + ".a { background: image-set(\"https://img.example/a.png\" type(\"image/png\") 1x); }\n"
                    + String(repeating: " ", count: 27) + "^",
            ])
        let page = report.diagnostics.filter { $0.location?.path == "public/posts/a/index.html" }.map(\.message)
        #expect(
            page == [
                "url(\"https://img.example/bg.png\") in <p style> loads a resource from img.example; serve it from the "
                    + "site or remove it",
                "url(//img.example/c.png) in <style> loads a resource from img.example; serve it from the site or "
                    + "remove it",
            ])
    }

    @Test(arguments: [
        "<img src=\"https&#58;//tracker&#x2E;example/p.gif\">",
        "<img src=\"&#x68;ttps&colon;&sol;&sol;tracker.example/p.gif\">",
        "<img src=\"&#104ttps://tracker.example/p.gif\">",
        "<img src=\" https://TRACKER.example/p.gif\">",
        "<img src=\"ht&#9;tps://tracker.exa&#10;mple/p.gif\">",
        "<img src=\"https:\\\\tracker.example\\p.gif\">",
        "<img src=\"https:///tracker.example/p.gif\">",
        "<img src=\"//tracker.example/p.gif\">",
        "<img src=\"/\\tracker.example/p.gif\">",
        "<img src=\"http:tracker.example/p.gif\">",
        "<img src=\"https://user:pw@tracker.example:8443/p.gif\">",
        "<img src=\"https://tr%61cker.example/p.gif\">",
        "<img src=https://tracker.example/p.gif alt=x>",
        "<img src='https://tracker.example/p.gif'>",
        "<IMG SRC=\"https://tracker.example/p.gif\">",
        "<img alt=\"x\" src=\"https://tracker.example/p.gif\" src=\"/assets/style.css\">",
    ])
    func seesThroughObfuscatedURLs(html: String) async throws {
        let messages = try await errors(html)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("loads a resource from tracker.example;") == true, "\(messages)")
    }

    @Test(arguments: [
        "<!-- <img src=\"https://tracker.example/p.gif\"> -->",
        "<script type=\"application/ld+json\">{\"image\": \"<img src='https://tracker.example/p.gif'>\"}</script>",
        "<textarea><img src=\"https://tracker.example/p.gif\"></textarea>",
        "<p title=\"<img src='https://tracker.example/p.gif'>\">Quoted.</p>",
        "<img src=\"/assets/style.css\" src=\"https://tracker.example/p.gif\" alt=\"\">",
        "<img src=\"https://example.org/assets/style.css\" alt=\"\">",
        "<a href=\"https://www.aclu.org/\">ACLU</a> <a href=\"//other.example/\">other</a>",
        "<a href=\"mailto:editors@example.org\">Write</a> <a href=\"tel:+18663472423\">Call</a>",
        "<blockquote cite=\"https://other.example/\">Quoted.</blockquote>",
    ])
    func acceptsWhatLoadsNothingFromAnotherHost(html: String) async throws {
        #expect(try await errors(html) == [])
    }

    @Test func acceptsPlainMarkdownLinksToOtherSites() async throws {
        #expect(
            try await errors("Sign the [petition](https://action.aclu.org/) or call <https://www.ice.gov/contact>.")
                == [])
    }

    @Test func rejectsDataURLsScriptsAndEventHandlers() async throws {
        let body = """
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">

            <script>alert(1)</script>

            <img src="/assets/style.css" onerror="alert(1)" alt="">

            <a href="javascript:alert(1)">Click</a>
            """
        #expect(
            try await errors(body) == [
                "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"> loads a data: URL, which the "
                    + "Content-Security-Policy blocks; save it as a file of the site and use its path",
                "<script> is a script, which the Content-Security-Policy blocks; pages run no scripts",
                "<img onerror=\"alert(1)\"> is a script, which the Content-Security-Policy blocks; pages run no scripts",
                "<a href=\"javascript:alert(1)\"> is a javascript: URL, which the Content-Security-Policy blocks; "
                    + "pages run no scripts",
            ])
    }
}
