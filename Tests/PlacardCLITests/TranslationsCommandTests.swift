import Foundation
import Testing

/// `placard translations` and `placard check` on a site in two languages, run in-process.
@Suite struct TranslationsCommandTests {
    static let site = [
        "content/site.yml": "title: Test site\nbase_url: https://example.org/\nlanguages:\n  es:\n    title: Sitio\n",
        "content/posts/help/index.md": "---\ntitle: Help\ndate: 2018-05-24\n---\n\nCall.\n",
        "content/posts/help/updates/2018-05-29.md": "---\ntitle: May\n---\nMay.\n",
        "content/posts/help/updates/2018-06-15.md": "---\ntitle: June\n---\nJune.\n",
        "content/posts/help/index.es.md": "---\ntitle: Ayuda\n---\n\nLlame.\n",
        "content/posts/help/updates/2018-05-29.es.md": "---\ntitle: Mayo\n---\nMayo.\n",
        "content/posts/other/index.md": "---\ntitle: Other\ndate: 2018-05-20\n---\n\nOnly English.\n",
    ]

    @Test func printsEachPostsTranslationsWithTheNewestUpdateTheyLack() async throws {
        let root = try makeSite(Self.site)
        let result = await InProcessCommand.run(["translations", "--source", root], in: "/")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                post   language  updates  newest missing update
                help   es        1/2      2018-06-15
                other  es        -        not translated

                """)
        #expect(!exists(root, "public"))
    }

    @Test func checkWarnsAboutTheTranslationThatIsBehindAndStillPasses() async throws {
        let root = try makeSite(Self.site)
        let result = await InProcessCommand.run(["check"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr == "content/posts/help/index.es.md:1:1: warning: this translation lacks the update of "
                + "2018-06-15 (updates/2018-06-15.md), and its page says so; translate it as updates/2018-06-15.es.md\n")
    }

    @Test func saysSoForASiteInOneLanguageAndReportsContentErrors() async throws {
        let single = try makeSite(["content/site.yml": "title: T\nbase_url: https://example.org/\n"])
        let result = await InProcessCommand.run(["translations"], in: single)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("The site is in one language (en);"))
        var files = Self.site
        files["content/posts/help/index.fr.md"] = "---\ntitle: Aide\n---\n"
        let broken = try makeSite(files)
        let failed = await InProcessCommand.run(["translations"], in: broken)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("content/posts/help/index.fr.md:1:1: error: 'fr' is not one of the site's languages"))
    }
}
