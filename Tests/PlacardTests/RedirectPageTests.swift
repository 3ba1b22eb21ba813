import Foundation
import Testing

@testable import Placard
@testable import PlacardCheck

/// What the build writes for aliases: a redirect page at each old path, `_redirects` and the nginx include with the
/// same rules, nothing in the sitemap; and `check`, which passes the redirect pages and follows them.
@Suite struct RedirectPageTests {
    static let listing =
        """
        -- content/site.yml --
        title: Better Buses
        base_url: https://example.org/campaign/
        language: fr
        """
        + post(
            "number-9", title: "Bring back the <9>", date: "2018-05-24",
            extra: "aliases:\n  - /2018/05/24/number-9\n  - /?p=12\n  - {path: /route-map/, file: map.pdf}",
            body: "## Fares\n\nText.")
            + """

            -- content/posts/number-9/map.pdf --
            %PDF
            -- content/posts/number-9/updates/2018-06-01.md --
            ---
            title: The board listened
            aliases: [/2018/06/01/board/]
            ---
            Text.
            -- content/pages/about.md --
            ---
            title: About
            aliases: [/about-us/, /?page_id=2, /café.html]
            ---
            Read [the fares](/campaign/2018/05/24/number-9/#fares).
            """

    @Test func writesARedirectPageAtEachOldPath() async throws {
        let site = try TestSite(Self.listing)
        defer { site.removeAll() }
        try await site.build()
        let page = try site.page("2018/05/24/number-9/index.html")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/campaign/posts/number-9/\">"))
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=/campaign/posts/number-9/\">"))
        #expect(page.contains("<a href=\"/campaign/posts/number-9/\">Bring back the &lt;9&gt;</a>"))
        #expect(page.contains("<title>Moved: Bring back the &lt;9&gt; · Better Buses</title>"))
        // The theme's policy, as base.mustache writes it.
        let theme = try site.page("posts/number-9/index.html")
        let policy = try #require(theme.split(separator: "\n").first { $0.contains("Content-Security-Policy") })
        #expect(page.contains(policy))
        #expect(
            try site.page("2018/06/01/board/index.html").contains("url=/campaign/posts/number-9/updates/2018-06-01/"))
        #expect(try site.page("route-map/index.html").contains("url=/campaign/posts/number-9/map.pdf"))
        #expect(try site.page("about-us/index.html").contains("url=/campaign/about/"))
        #expect(try site.page("café.html").contains("url=/campaign/about/"))
        let sitemap = try site.page("sitemap.xml")
        for old in ["2018/05", "2018/06", "route-map", "about-us", "caf"] { #expect(!sitemap.contains(old), "\(old)") }
    }

    @Test func redirectsAndTheNginxIncludeHoldTheSameRules() async throws {
        let site = try TestSite(Self.listing)
        defer { site.removeAll() }
        try await site.build()
        let netlify = try site.page("_redirects").split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(
            netlify == [
                "/campaign/about-us/ /campaign/about/ 301!",
                "/campaign/ page_id=2 /campaign/about/ 301!",
                "/campaign/caf%C3%A9.html /campaign/about/ 301!",
                "/campaign/2018/05/24/number-9/ /campaign/posts/number-9/ 301!",
                "/campaign/ p=12 /campaign/posts/number-9/ 301!",
                "/campaign/route-map/ /campaign/posts/number-9/map.pdf 301!",
                "/campaign/2018/06/01/board/ /campaign/posts/number-9/updates/2018-06-01/ 301!",
                "/campaign/about-us/ /campaign/about/ 301",
                "/campaign/caf%C3%A9.html /campaign/about/ 301",
                "/campaign/2018/05/24/number-9/ /campaign/posts/number-9/ 301",
                "/campaign/route-map/ /campaign/posts/number-9/map.pdf 301",
                "/campaign/2018/06/01/board/ /campaign/posts/number-9/updates/2018-06-01/ 301",
            ])
        // The nginx include, read back as (request, target) pairs: each forced rule of _redirects is there.
        let nginx = try site.page("_redirects.nginx")
        var pairs = Set<String>()
        for line in nginx.split(separator: "\n") where line.hasPrefix("    \"/") {
            let quoted = line.split(separator: "\"").map(String.init)
            pairs.insert(quoted[1] + " -> " + quoted[3])
        }
        for rule in netlify where rule.hasSuffix("301!") {
            let parts = rule.split(separator: " ").map(String.init)
            let request =
                parts.count == 4
                ? parts[0] + "?" + parts[1] : parts[0].removingPercentEncoding ?? parts[0]
            #expect(pairs.contains(request + " -> " + parts[parts.count - 2]), "\(rule)")
        }
        #expect(pairs.contains("/campaign/2018/05/24/number-9 -> /campaign/posts/number-9/"))
        #expect(nginx.contains("map \"$uri?page_id=$arg_page_id\" $placard_redirect_query_page_id {"))
        #expect(
            nginx.contains("map \"$placard_redirect_query_p $placard_redirect_query_page_id $placard_redirect_path\""))
    }

    @Test func checkPassesTheRedirectPagesAndFollowsThemToTheirFragments() async throws {
        let site = try TestSite(Self.listing)
        defer { site.removeAll() }
        let report = try await SiteChecker(BuildOptions(source: site.root)).check()
        #expect(report.passed, "\(report.diagnostics.map(\.description))")
        try site.write(
            "---\ntitle: About\n---\nRead [the fares](/campaign/2018/05/24/number-9/#fairs).\n",
            to: "content/pages/about.md")
        let broken = try await SiteChecker(BuildOptions(source: site.root)).check()
        // The site is in French, which the default theme has no words for: that warning is not the one looked for.
        #expect(
            broken.diagnostics.filter { $0.severity == .error }.map(\.message) == [
                "<a href=\"/campaign/2018/05/24/number-9/#fairs\"> links to #fairs, but posts/number-9/index.html "
                    + "has no element with that id; fix the fragment or add the id"
            ])
    }

    @Test func aSiteWithoutAliasesGetsEmptyRules() async throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24"))
        defer { site.removeAll() }
        try await site.build()
        #expect(try site.page("_redirects").split(separator: "\n").allSatisfy { $0.hasPrefix("#") })
        #expect(try site.page("_redirects.nginx").contains("map $uri $placard_redirect_path {\n    default \"\";\n}"))
    }

    @Test func aThemePolicyThatCheckWouldRefuseIsNotCopied() async throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24", extra: "aliases: [/old/]"))
        defer { site.removeAll() }
        let base = try site.read("templates/base.mustache")
        let strict = base.replacingOccurrences(of: "img-src 'self'", with: "img-src 'none'")
        try site.write(strict, to: "templates/base.mustache")
        try await site.build()
        #expect(try site.page("old/index.html").contains("img-src 'none'; font-src"))
        try site.write(
            base.replacingOccurrences(of: "img-src 'self'", with: "img-src *"), to: "templates/base.mustache")
        try await site.build()
        #expect(try site.page("old/index.html").contains("img-src 'self'; font-src"))
    }

    @Test func aRebuildAfterAnAliasChangesRewritesTheRedirects() async throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24"))
        defer { site.removeAll() }
        let session = SiteSession(BuildOptions(source: site.root))
        _ = try await session.build()
        let text = try site.read("content/posts/a/index.md")
        try site.write(
            text.replacingOccurrences(of: "date: 2018-05-24", with: "date: 2018-05-24\naliases: [/old/]"),
            to: "content/posts/a/index.md")
        let change = try await session.rebuild(changed: ["content/posts/a/index.md"])
        #expect(change.changedFiles.contains("old/index.html"))
        #expect(try site.page("_redirects").contains("/old/ /posts/a/ 301!"))
    }
}
