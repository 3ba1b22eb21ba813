import Foundation
import Testing

@testable import Placard

/// A partial that includes itself, partials that include each other, or a layout that inherits itself: the build
/// stops with the tag's file, line and column instead of recursing until the stack overflows (which killed the
/// process with SIGSEGV, and with it this test run). Recursion that data ends, such as a comment's replies, still
/// renders.
@Suite struct TemplateRecursionTests {
    static let site = minimalConfig + post("a", title: "A", date: "2018-05-24")

    @Test func reportsAPartialThatIncludesItself() async throws {
        let site = try TestSite(Self.site)
        try site.write("{{> partials/share}}\n", to: "templates/post.mustache")
        try site.write("<p>share</p>\n{{> partials/share}}\n", to: "templates/partials/share.mustache")
        #expect(
            await site.buildErrors() == """
                templates/partials/share.mustache:2:1: error: this partial includes itself again before anything can end it (partials/share → partials/share); include it inside a section whose data ends, as partials/comment does with {{#replies}}
                {{> partials/share}}
                ^
                """)
        #expect(!site.exists("public"))
    }

    @Test func reportsTwoPartialsThatIncludeEachOther() async throws {
        let site = try TestSite(Self.site)
        try site.write("<nav>{{> partials/tags}}</nav>\n", to: "templates/partials/share.mustache")
        try site.write("{{#tags}}{{name}}{{/tags}} {{> partials/share}}\n", to: "templates/partials/tags.mustache")
        let errors = await site.buildErrors()
        #expect(
            errors.contains(
                "templates/partials/share.mustache:1:6: error: this partial includes itself again before anything can end it (partials/share → partials/tags → partials/share)"
            ))
        #expect(
            errors.contains(
                "templates/partials/tags.mustache:1:28: error: this partial includes itself again before anything can end it (partials/tags → partials/share → partials/tags)"
            ))
    }

    @Test func reportsALayoutThatInheritsItself() async throws {
        let site = try TestSite(Self.site)
        let base = try site.read("templates/base.mustache")
        try site.write("{{<base}}\n{{$head}}{{/head}}\n{{/base}}\n" + base, to: "templates/base.mustache")
        #expect(
            await site.buildErrors().hasPrefix(
                """
                templates/base.mustache:1:1: error: this layout inherits itself (base → base); a layout must not include the template that inherits it
                {{<base}}
                ^
                """))
    }

    /// Inside a section the loop is left to the data; here the data never ends it (`post` is found again on every
    /// level), so rendering stops at the depth limit, at the tag.
    @Test func stopsAPartialThatDataNeverEnds() async throws {
        let site = try TestSite(Self.site)
        try site.write("{{#post}}\n  {{> partials/share}}\n{{/post}}\n", to: "templates/partials/share.mustache")
        #expect(
            await site.buildErrors() == """
                templates/partials/share.mustache:2:3: error: partials and layouts nest more than 200 deep here (partials/share → partials/share); a template includes itself and this page's data never ends it
                  {{> partials/share}}
                  ^
                """)
        #expect(!site.exists("public"))
    }

    /// The deepest thread the settings allow (`max_depth: 100`) renders through the recursive comment partial, on
    /// the worker threads of a parallel build.
    @Test func rendersTheDeepestThreadTheSettingsAllow() async throws {
        var comments = "- {id: 0, body: top}\n"
        for id in 1..<120 { comments += "- {id: \(id), parent: \(id - 1), author: A\(id), body: reply \(id)}\n" }
        let site = try TestSite(
            minimalConfig + "\ncomments:\n  max_depth: 100\n" + post("a", title: "A", date: "2018-05-24")
                + "\n-- content/posts/a/comments.yml --\n" + comments)
        try await site.build()
        let page = try site.page("posts/a/index.html")
        #expect(page.occurrences(of: "<ol class=\"replies\">") == 99)
        #expect(page.contains("id=\"comment-119\""))
    }
}

/// `serve` rebuilds through a session: a save that makes a partial include itself fails that rebuild with the
/// error, and the next good save builds again.
@Suite struct TemplateRecursionSessionTests {
    @Test func aRebuildReportsTheLoopAndTheNextSaveBuilds() async throws {
        let site = try TestSite(TemplateRecursionTests.site)
        let session = SiteSession(BuildOptions(source: site.root, output: site.root + "/out"))
        _ = try await session.build()
        let share = try site.read("templates/partials/share.mustache")
        try site.write(share + "{{> partials/share}}\n", to: "templates/partials/share.mustache")
        await #expect(throws: BuildFailure.self) {
            try await session.rebuild(changed: ["templates/partials/share.mustache"])
        }
        try site.write(share, to: "templates/partials/share.mustache")
        _ = try await session.rebuild(changed: ["templates/partials/share.mustache"])
        #expect(try site.read("out/posts/a/index.html").contains("<p class=\"share\">"))
    }
}

/// A template that ends in the middle of a tag names the tag (issue 16 item 14's template case said "overflow").
@Suite struct UnfinishedTagTests {
    @Test func reportsATemplateEndingInATag() async throws {
        let site = try TestSite(TemplateRecursionTests.site)
        try site.write("<h1>{{post.title}}</h1>\n<p>{{title", to: "templates/post.mustache")
        #expect(
            await site.buildErrors() == """
                templates/post.mustache:2:4: error: template syntax error: a tag is not closed with }}; write each tag as {{name}}, on one line
                <p>{{title
                   ^
                """)
    }
}
