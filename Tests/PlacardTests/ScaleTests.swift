import Foundation
import Testing

@testable import Placard

/// Builds that must work whatever the size: the parallel build writes what the serial one does, a reply chain
/// deeper than any thread in the wild does not exhaust the stack, and a huge archive is paginated.
@Suite struct ScaleTests {
    /// A site of `count` posts with updates, comments and shared tags.
    static func site(posts count: Int) throws -> TestSite {
        var listing = minimalConfig + "\nfeed:\n  limit: 7\ncomments:\n  per_page: 3\n"
        for index in 0..<count {
            let day = String(format: "2018-%02d-%02d", 1 + index % 12, 1 + index % 28)
            listing += post(
                "post-\(index)", title: "Post \(index)", date: day, extra: "tags: [t\(index % 3), all]",
                body: "Call 202-401-9246 or see https://example.org/\(index).")
            listing += """

                -- content/posts/post-\(index)/updates/\(String(format: "2019-%02d-%02d", 1 + index % 12, 2 + index % 27)).md --
                ---
                title: Update \(index)
                ---
                News \(index).
                -- content/posts/post-\(index)/comments.yml --

                """
            for comment in 1...8 {
                let parent = comment > 1 && comment % 2 == 0 ? ", parent: \(comment - 1)" : ""
                listing +=
                    "- {id: \(comment)\(parent), author: Reader \(comment), body: \"Comment \(comment) on \(index).\"}\n"
            }
        }
        return try TestSite(listing)
    }

    @Test func theParallelBuildWritesWhatTheSerialBuildWrites() async throws {
        let site = try Self.site(posts: 40)
        var serial = BuildOptions(source: site.root, output: site.root + "/serial")
        serial.parallel = false
        let parallel = BuildOptions(source: site.root, output: site.root + "/parallel")
        try await SiteBuilder(serial).build()
        try await SiteBuilder(parallel).build()
        let (a, b) = (try folderContents(serial.output), try folderContents(parallel.output))
        #expect(a.count > 40 * 4)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
        // The site feed holds the newest 7 entries of all, whichever post finished first.
        let feed = String(decoding: try #require(b["feed.xml"]), as: UTF8.self)
        #expect(feed.occurrences(of: "<entry>") == 7)
    }

    @Test func aTenThousandDeepReplyChainBuilds() async throws {
        var comments = "- {id: 1, author: A, body: Start.}\n"
        for id in 2...10_000 { comments += "- {id: \(id), parent: \(id - 1), author: A, body: Reply \(id).}\n" }
        let site = try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24") + "\n-- content/posts/a/comments.yml --\n"
                + comments)
        try await site.build()
        let page = try site.read("public/posts/a/index.html")
        #expect(page.contains("Reply 10000."))
        #expect(page.contains("id=\"comment-10000\""))
    }

    @Test func aHundredThousandCommentArchiveBuildsInPages() async throws {
        var comments = ""
        for id in 1...100_000 {
            let parent = id % 4 == 0 ? ", parent: \(id - 1)" : ""
            comments += "- {id: \(id)\(parent), author: R, body: C\(id).}\n"
        }
        let site = try TestSite(
            minimalConfig + "\ncomments:\n  per_page: 1000\n" + post("a", title: "A", date: "2018-05-24")
                + "\n-- content/posts/a/comments.yml --\n" + comments)
        try await site.build()
        // 75,000 threads at 1,000 a page.
        #expect(site.exists("public/posts/a/comments/page/75/index.html"))
        #expect(!site.exists("public/posts/a/comments/page/76/index.html"))
        let last = try site.read("public/posts/a/comments/page/75/index.html")
        #expect(last.contains("C100000."))
    }
}
