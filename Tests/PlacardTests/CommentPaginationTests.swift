import Foundation
import Testing

@testable import Placard

/// A long archive's pages link to the first and last pages and two on each side of the current one, with "…" for
/// the rest: each page's links stay few however many pages there are.
@Suite struct CommentPaginationTests {
    @Test(arguments: [
        (1, 30, [1, 2, 3, 30]), (4, 30, [1, 2, 3, 4, 5, 6, 30]), (5, 30, [1, 2, 3, 4, 5, 6, 7, 30]),
        (15, 30, [1, 13, 14, 15, 16, 17, 30]), (30, 30, [1, 28, 29, 30]), (2, 3, [1, 2, 3]), (1, 1, [1]),
    ])
    func showsTheEndsAndTwoNeighbours(current: Int, pages: Int, expected: [Int]) {
        #expect(CommentArchive.window(current: current, pages: pages) == expected)
    }

    @Test func linksAFewPagesAndGapsOnEveryPageOfALongArchive() async throws {
        let comments = (1...30).map { "- {id: \($0), body: comment \($0)}" }.joined(separator: "\n")
        let site = try CommentArchiveTests.site(comments, config: "\ncomments:\n  per_page: 1\n")
        defer { site.removeAll() }
        try await site.build()
        let middle = try site.page("posts/a/comments/page/15/index.html")
        let navigation = try #require(middle.between("class=\"pagination comment-pagination\"", "</nav>"))
        let linked = navigation.split(separator: "\n").compactMap { line -> String? in
            if line.contains("pagination-gap") { return "…" }
            return String(line).between("<span class=\"visually-hidden\">Page </span>", "</")
        }
        #expect(linked == ["1", "…", "13", "14", "15", "16", "17", "…", "30"])
        #expect(navigation.contains("href=\"/posts/a/#comments\""))
        #expect(navigation.contains("rel=\"prev\" href=\"/posts/a/comments/page/14/\""))
        #expect(navigation.contains("rel=\"next\" href=\"/posts/a/comments/page/16/\""))
        let first = try site.page("posts/a/index.html")
        // Pages 1, 2, 3 and 30, in the navigation above the comments and below them.
        #expect(first.occurrences(of: "<span class=\"visually-hidden\">Page </span>") == 8)
    }
}
