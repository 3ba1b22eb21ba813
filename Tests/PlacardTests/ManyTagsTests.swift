import Foundation
import Testing

@testable import Placard

/// Every tag page lists the post, so a list shows a post's first 20 tags and counts the rest: a post with thousands
/// of tags makes output that grows with their number, not its square. The post's own page shows them all.
@Suite struct ManyTagsTests {
    @Test func listsTheFirstTwentyTagsAndCountsTheRest() async throws {
        let tags = (1...30).map { "tag\($0)" }
        let site = try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24", extra: "tags: [\(tags.joined(separator: ", "))]"))
        defer { site.removeAll() }
        try await site.build()
        for list in ["index.html", "tags/tag30/index.html"] {
            let page = try site.page(list)
            #expect(page.occurrences(of: "rel=\"tag\"") == 20)
            #expect(page.contains("<a href=\"/tags/tag20/\" rel=\"tag\">tag20</a> and 10 more</p>"))
        }
        let post = try site.page("posts/a/index.html")
        #expect(post.occurrences(of: "rel=\"tag\"") == 30)
        #expect(!post.contains(" more</p>"))
        #expect(site.exists("public/tags/tag30/index.html"))
    }
}
