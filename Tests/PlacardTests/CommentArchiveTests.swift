import Foundation
import Testing

@testable import Placard

@Suite struct CommentArchiveTests {
    static func site(_ comments: String, config: String = "", front: String = "") throws -> TestSite {
        try TestSite(
            minimalConfig + config + post("a", title: "A", date: "2018-05-24", extra: front) + """

                -- content/posts/a/comments.yml --
                \(comments)
                """)
    }

    static let thread = """
        - {id: 1, author: Ann, body: "First *comment*."}
        - {id: 2, parent: 1, role: author, body: Thanks.}
        - {id: 3, status: removed}
        - {id: 4, parent: 3, body: Reply to a removed comment.}
        - {id: 5, body: No name here.}
        - {id: 6, type: pingback, author: Other blog, author_url: "https://other.example/post", body: Linked.}
        """

    @Test func numbersTopLevelCommentsInAnOrderedListKeepingRemovedSlots() async throws {
        let site = try Self.site(Self.thread, front: "original_comment_count: 9")
        try await site.build()
        let page = try site.page("posts/a/index.html")
        #expect(page.contains("<ol class=\"threads\" start=\"1\">"))
        #expect(page.contains("aria-label=\"Comment 1 by Ann\""))
        #expect(page.contains("aria-label=\"Comment 2 removed\""))
        #expect(page.contains("aria-label=\"Comment 3 by Anonymous\""))
        #expect(page.contains("This comment was removed."))
        #expect(page.contains("4 of 9 comments archived · Comments are closed"))
    }

    @Test func nestsRepliesWithTheirAuthorBadgeAndPermalinks() async throws {
        let site = try Self.site(Self.thread)
        try await site.build()
        let page = try site.page("posts/a/index.html")
        let first = try #require(page.between("<li id=\"comment-1\"", "<li id=\"comment-3\""))
        #expect(first.contains("<ol class=\"replies\">"))
        #expect(first.contains("<li id=\"comment-2\" class=\"comment by-post-author\">"))
        #expect(first.contains("<span class=\"badge\">author</span>"))
        #expect(first.contains("href=\"/posts/a/#comment-2\""))
        #expect(first.contains("<p>First <em>comment</em>.</p>"))
        let removed = try #require(page.between("<li id=\"comment-3\"", "<li id=\"comment-5\""))
        #expect(removed.contains("Reply to a removed comment."))
    }

    @Test func listsMentionsApart() async throws {
        let site = try Self.site(Self.thread)
        try await site.build()
        let page = try site.page("posts/a/index.html")
        let mentions = try #require(page.between("id=\"mentions\"", "</section>"))
        #expect(
            mentions.contains("<a href=\"https://other.example/post\" rel=\"nofollow ugc noopener\">Other blog</a>"))
        #expect(!(page.between("class=\"threads\"", "id=\"mentions\"") ?? "").contains("Other blog"))
        #expect(page.contains("4 comments archived"))
    }

    @Test func showsDeepRepliesAtTheLastLevelWithWhomTheyAnswer() async throws {
        let site = try Self.site(
            """
            - {id: 1, body: a}
            - {id: 2, parent: 1, author: Bob, body: b}
            - {id: 3, parent: 2, body: c}
            """, config: "\ncomments:\n  max_depth: 2\n")
        try await site.build()
        let page = try site.page("posts/a/index.html")
        let reply = try #require(page.between("<li id=\"comment-3\"", "</li>"))
        #expect(reply.contains("In reply to <a href=\"/posts/a/#comment-2\">Bob</a>"))
        #expect(page.occurrences(of: "<ol class=\"replies\">") == 1)
    }

    @Test func continuesTheArchiveOnMorePagesWithoutSplittingAThread() async throws {
        let site = try Self.site(
            """
            - {id: 1, body: one}
            - {id: 2, body: two}
            - {id: 3, parent: 2, body: reply to two}
            - {id: 4, body: three}
            - {id: 5, body: four}
            - {id: 6, body: five}
            """, config: "\ncomments:\n  per_page: 2\n")
        try await site.build()
        let first = try site.page("posts/a/index.html")
        let second = try site.page("posts/a/comments/page/2/index.html")
        let third = try site.page("posts/a/comments/page/3/index.html")
        #expect(first.contains("id=\"comment-3\""))
        #expect(!first.contains("id=\"comment-4\""))
        #expect(second.contains("<ol class=\"threads\" start=\"3\">"))
        #expect(second.contains("href=\"/posts/a/comments/page/2/#comment-4\""))
        #expect(third.contains("id=\"comment-6\""))
        #expect(first.contains("href=\"/posts/a/comments/page/3/\""))
        #expect(second.contains("href=\"/posts/a/#comments\""))
    }

    @Test func neverRendersACommentersMarkupOrLoadsTheirImages() async throws {
        let site = try Self.site(
            """
            - id: 1
              author: "<script>alert(1)</script>"
              author_url: "javascript:alert(1)"
              body: |
                <script>alert(1)</script> <img src=x onerror=alert(1)>

                ![tracking pixel](https://tracker.example/p.gif) [x](javascript:alert(1))
            """)
        try await site.build()
        let page = try site.page("posts/a/index.html")
        let comment = try #require(page.between("<li id=\"comment-1\"", "</li>"))
        #expect(!comment.contains("<script"))
        #expect(!comment.contains("<img"))
        #expect(!comment.contains("javascript:"))
        #expect(comment.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(
            comment.contains(
                "<a href=\"https://tracker.example/p.gif\" rel=\"nofollow ugc noopener\">tracking pixel</a>"))
    }

    @Test func showsACommentsDateOnlyOnThatComment() async throws {
        let site = try Self.site(
            """
            - {id: 1, date: "2018-05-27T14:03:00Z", body: dated}
            - {id: 2, parent: 1, body: undated reply}
            """)
        try await site.build()
        let page = try site.page("posts/a/index.html")
        #expect(page.contains("<time class=\"comment-date\" datetime=\"2018-05-27T14:03:00Z\">May 27, 2018</time>"))
        #expect(page.occurrences(of: "May 27, 2018") == 1)
    }

    @Test func keepsAHiddenArchiveOffThePage() async throws {
        let site = try Self.site(Self.thread, front: "comments: hidden")
        try await site.build()
        let page = try site.page("posts/a/index.html")
        #expect(!page.contains("id=\"comments\""))
        #expect(!page.contains("First"))
    }
}
