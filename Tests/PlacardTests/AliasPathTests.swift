import Foundation
import Testing

@testable import Placard

/// Front matter `aliases:`: what an alias may be, and the located errors for one that is not, or that another alias
/// or another page already takes.
@Suite struct AliasPathTests {
    @Test(arguments: [
        ("/2018/05/24/old-post/", "/2018/05/24/old-post/", "2018/05/24/old-post/index.html"),
        ("/2018/05/24/old-post", "/2018/05/24/old-post/", "2018/05/24/old-post/index.html"),
        (" /caf%C3%A9/ ", "/café/", "café/index.html"),
        ("/archives/12.html", "/archives/12.html", "archives/12.html"),
        ("/index.php/2014/(draft)/", "/index.php/2014/(draft)/", "index.php/2014/(draft)/index.html"),
        ("/?p=123", "/?p=123", nil),
        ("/index.php?page_id=7", "/index.php?page_id=7", nil),
        ("/blog/?attachment_id=5", "/blog/?attachment_id=5", nil),
    ])
    func readsAndNormalisesAnAlias(written: String, display: String, page: String?) throws {
        let alias = try Alias.parse(written)
        #expect(alias.display == display)
        #expect(alias.pageFile == page)
    }

    @Test(arguments: [
        ("https://old.example/a/", "is a full address"),
        ("//old.example/a/", "is a full address"),
        ("2018/old/", "does not start with '/'"),
        ("/", "is the site's home page"),
        ("/a/../../etc/", "holds a '..' segment"),
        ("/a/%2e%2e/b/", "holds a '..' segment"),
        ("/a//b/", "holds an empty segment"),
        ("/a/#comments", "holds a '#' fragment"),
        ("/a b/", "holds a space"),
        ("/a%20b/", "holds a space"),
        ("/a\"b/", "holds '\"'"),
        ("/a$b/", "holds '$'"),
        ("/.git/", "starts a segment with a dot"),
        ("/%ZZ/", "does not start a UTF-8 character"),
        ("/?p=1&q=2", "may have one parameter"),
        ("/?p=<1>", "may have one parameter"),
        ("/?p", "may have one parameter"),
    ])
    func refusesWhatIsNotAPathOfTheSite(written: String, problem: String) {
        #expect(throws: Alias.Problem.self) { try Alias.parse(written) }
        do {
            _ = try Alias.parse(written)
        } catch {
            #expect(error.message.contains(problem), "\(error.message)")
        }
    }

    @Test func reportsABadAliasAtItsLineAndColumn() throws {
        let site = try TestSite(
            minimalConfig
                + post("a", title: "A", date: "2018-05-24", extra: "aliases:\n  - /fine/\n  - https://old.example/a/"))
        defer { site.removeAll() }
        let errors = site.loadErrors()
        #expect(errors.hasPrefix("content/posts/a/index.md:6:5: error: the alias 'https://old.example/a/' is a full"))
        #expect(errors.contains("\n  - https://old.example/a/\n    ^"))
    }

    @Test func anUpdateOrAPageTakesPathsOnlyAndAPostsFileAliasMustBeBesideIt() throws {
        let listing =
            minimalConfig + post("a", title: "A", date: "2018-05-24", extra: "aliases:\n  - {path: /f/, file: x.pdf}")
                + """

                -- content/posts/a/updates/2018-05-25.md --
                ---
                title: U
                aliases: [{path: /u/, file: x.pdf}]
                ---
                Text.
                -- content/pages/about.md --
                ---
                title: About
                aliases: {old: /about-us/}
                ---
                Text.
                """
        let site = try TestSite(listing)
        defer { site.removeAll() }
        let errors = site.loadErrors()
        #expect(
            errors.contains(
                "content/posts/a/index.md:5:12: error: the alias /f/ leads to the file 'x.pdf', which is not beside "
                    + "the post; put it in content/posts/a/ or remove 'file'"))
        #expect(
            errors.contains(
                "content/posts/a/updates/2018-05-25.md:3:11: error: each item of 'aliases' must be an old path such "
                    + "as /2018/05/24/old-post/, not a mapping"))
        #expect(
            errors.contains(
                "content/pages/about.md:3:10: error: 'aliases' must be a list of old paths such as "
                    + "[/2018/05/24/old-post/], not a mapping"))
    }

    @Test func anAliasThatAnotherAliasHasIsAnErrorNamingBothFiles() async throws {
        let listing =
            minimalConfig + post("a", title: "A", date: "2018-05-24", extra: "aliases: [/old/, /Old/]")
            + post("b", title: "B", date: "2018-05-25", extra: "aliases:\n  - /other/\n  - /old")
        let site = try TestSite(listing)
        defer { site.removeAll() }
        let errors = await site.buildErrors()
        #expect(
            errors.contains(
                "content/posts/a/index.md:4:18: error: the alias /Old/ is given twice; keep one of them\n"
                    + "aliases: [/old/, /Old/]\n                 ^"))
        #expect(
            errors.contains(
                "content/posts/b/index.md:6:5: error: the alias /old/ is also an alias of content/posts/a/index.md; "
                    + "keep it in one of them"))
        #expect(!site.exists("public"))
    }

    @Test func anAliasWherePageOrFileIsWrittenIsAnErrorNamingThatFile() async throws {
        let listing =
            minimalConfig
            + post("a", title: "A", date: "2018-05-24", extra: "tags: [Parks]\naliases: [/posts/b/, /about, /posts/a/]")
            + post("b", title: "B", date: "2018-05-25", extra: "aliases: [/tags/parks/, /robots.txt/x/]")
                + """

                -- content/pages/about.md --
                ---
                title: About
                aliases: [/favicon.ico/]
                ---
                Text.
                -- content/static/favicon.ico/index.html --
                x
                """
        let site = try TestSite(listing)
        defer { site.removeAll() }
        let headlines = await site.buildErrors().split(separator: "\n").filter { $0.contains(": error: ") }.map(
            String.init)
        let expected: [String] = [
            "content/pages/about.md:3:11: error: the alias /favicon.ico/ is the address of favicon.ico/index.html, "
                + "which the build writes from content/static/favicon.ico/index.html; remove the alias",
            "content/posts/a/index.md:5:11: error: the alias /posts/b/ is the address of posts/b/index.html, "
                + "which the build writes from content/posts/b/index.md; remove the alias",
            "content/posts/a/index.md:5:22: error: the alias /about/ is the address of about/index.html, which "
                + "the build writes from content/pages/about.md; remove the alias",
            "content/posts/a/index.md:5:30: error: the alias /posts/a/ is the address of the page itself; remove it",
            "content/posts/b/index.md:4:11: error: the alias /tags/parks/ is the address of tags/parks/index.html, "
                + "which the build writes of its own; remove the alias",
            "content/posts/b/index.md:4:25: error: the alias /robots.txt/x/ needs robots.txt as a folder, but the "
                + "build writes it as a file of its own; remove the alias",
        ]
        #expect(headlines == expected)
    }
}
