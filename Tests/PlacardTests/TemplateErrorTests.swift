import Foundation
import Testing

@testable import Placard

@Suite struct TemplateErrorTests {
    static let site = minimalConfig + post("a", title: "A", date: "2018-05-24")

    @Test func reportsAPartialThatDoesNotExistWithItsLine() async throws {
        let site = try TestSite(Self.site)
        try site.write(
            "<h1>{{site.title}}</h1>\n{{#posts}}{{> partials/teaser}}{{/posts}}\n", to: "templates/index.mustache")
        #expect(
            await site.buildErrors() == """
                templates/index.mustache:2:11: error: the partial 'partials/teaser' does not exist; add templates/partials/teaser.mustache or fix the name
                {{#posts}}{{> partials/teaser}}{{/posts}}
                          ^
                """)
    }

    @Test func countsTheColumnOfAMissingPartialInCharacters() async throws {
        let site = try TestSite(Self.site)
        try site.write(
            "<h1>Ça {{site.title}}</h1>\n<p>Déjà vu 👋🏽 {{{x}}}{{> nope }}</p>\n", to: "templates/index.mustache")
        #expect(
            await site.buildErrors() == """
                templates/index.mustache:2:21: error: the partial 'nope' does not exist; add templates/nope.mustache or fix the name
                <p>Déjà vu 👋🏽 {{{x}}}{{> nope }}</p>
                                    ^
                """)
    }

    @Test func reportsALayoutThatDoesNotExist() async throws {
        let site = try TestSite(Self.site)
        try site.write("{{<layout}}{{$content}}x{{/content}}{{/layout}}\n", to: "templates/page.mustache")
        #expect(
            await site.buildErrors() == """
                templates/page.mustache:1:1: error: the layout 'layout' does not exist; add templates/layout.mustache or fix the name
                {{<layout}}{{$content}}x{{/content}}{{/layout}}
                ^
                """)
    }

    @Test func reportsATemplateSyntaxErrorWithItsLine() async throws {
        let site = try TestSite(Self.site)
        try site.write("<ul>\n{{#posts}}\n<li>{{title}}</li>\n{{/post}}\n</ul>\n", to: "templates/tag.mustache")
        #expect(
            await site.buildErrors() == """
                templates/tag.mustache:4:4: error: template syntax error: a section is closed with another section's name; check that every {{#section}} has its {{/section}}
                {{/post}}
                   ^
                """)
    }

    @Test func reportsAPageKindWithNoTemplate() async throws {
        let site = try TestSite(Self.site)
        try FileManager.default.removeItem(atPath: site.root + "/templates/update.mustache")
        #expect(
            await site.buildErrors() == """
                templates/update.mustache:1:1: error: the theme has no 'update' template, which renders these pages; add templates/update.mustache
                """)
    }

    @Test func reportsTemplateAndContentErrorsTogetherAndWritesNothing() async throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-02-30"))
        try site.write("{{> missing}}\n", to: "templates/404.mustache")
        let errors = await site.buildErrors()
        #expect(errors.contains("content/posts/a/index.md:3:7: error: 'date' is 2018-02-30"))
        #expect(errors.contains("templates/404.mustache:1:1: error: the partial 'missing' does not exist"))
        #expect(!site.exists("public"))
    }

    @Test func reportsASyntaxErrorOnTheFirstLineAsLineOne() async throws {
        let site = try TestSite(Self.site)
        try site.write("{{#posts}}<li>{{title}}</li>{{/post}}\n", to: "templates/tag.mustache")
        #expect(
            await site.buildErrors() == """
                templates/tag.mustache:1:32: error: template syntax error: a section is closed with another section's name; check that every {{#section}} has its {{/section}}
                {{#posts}}<li>{{title}}</li>{{/post}}
                                               ^
                """)
    }

    /// `{{value}}` escapes the five characters swift-mustache escapes, `{{{value}}}` none, and a partial on the
    /// template's first line is still a standalone tag (no blank line), though every template is compiled with a
    /// content-type line before it.
    @Test func escapesVariablesAsMustacheDoes() async throws {
        let site = try TestSite(
            minimalConfig + post("a", title: #"Tom & "Jerry's" <b>"#, date: "2018-05-24"))
        try site.write("{{> partials/title}}\n[{{post.title}}]\n[{{{post.title}}}]\n", to: "templates/post.mustache")
        try site.write("<h1>{{post.title}}</h1>\n", to: "templates/partials/title.mustache")
        try await site.build()
        #expect(
            try site.page("posts/a/index.html")
                == """
                <h1>Tom &amp; &quot;Jerry&#39;s&quot; &lt;b&gt;</h1>
                [Tom &amp; &quot;Jerry&#39;s&quot; &lt;b&gt;]
                [Tom & "Jerry's" <b>]

                """)
    }
}
