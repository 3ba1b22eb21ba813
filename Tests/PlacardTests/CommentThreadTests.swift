import Foundation
import Testing

@testable import Placard

@Suite struct CommentThreadTests {
    /// Threads comments written as `id parent author` lines through the real loader.
    func thread(_ yaml: String, maxDepth: Int = 5) throws -> CommentThread {
        let config = minimalConfig + "\ncomments:\n  max_depth: \(maxDepth)\n"
        let listing =
            config + """
                -- content/posts/a/index.md --
                ---
                title: A
                date: 2018-05-24
                ---
                -- content/posts/a/comments.yml --
                \(yaml)
                """
        return try #require(try TestSite(listing, templates: false).load().0.posts.first).comments
    }

    func ids(_ thread: CommentThread, _ indices: [Int]) -> [String] { indices.map { thread.entries[$0].comment.id } }

    @Test func numbersTopLevelCommentsCountingRemovedPlaceholders() throws {
        let thread = try thread(
            """
            - {id: 10, body: one}
            - {id: 11, parent: 10, body: reply}
            - {id: 12, status: removed}
            - {id: 13, body: three}
            """)
        #expect(ids(thread, thread.topLevel) == ["10", "12", "13"])
        #expect(thread.topLevel.map { thread.entries[$0].number } == [1, 2, 3])
        #expect(thread.entries[1].number == nil)
        #expect(thread.archivedCount == 3)
    }

    @Test func keepsArchiveOrderForRepliesEvenWhenAReplyComesBeforeItsParent() throws {
        let thread = try thread(
            """
            - {id: 3, parent: 1, body: early reply}
            - {id: 1, body: parent}
            - {id: 2, parent: 1, body: later reply}
            """)
        #expect(ids(thread, thread.topLevel) == ["1"])
        #expect(ids(thread, thread.entries[1].replies) == ["3", "2"])
    }

    @Test func showsRepliesDeeperThanMaxDepthAtTheLastLevelWithWhomTheyAnswer() throws {
        let thread = try thread(
            """
            - {id: 1, author: Ann, body: a}
            - {id: 2, parent: 1, author: Bob, body: b}
            - {id: 3, parent: 2, author: Cy, body: c}
            - {id: 4, parent: 3, body: d}
            - {id: 5, parent: 4, body: e}
            """, maxDepth: 3)
        #expect(thread.entries.map(\.depth) == [1, 2, 3, 3, 3])
        #expect(ids(thread, thread.entries[1].replies) == ["3", "4", "5"])
        #expect(thread.entries.map(\.inReplyTo) == [nil, nil, nil, "Cy", "Anonymous"])
    }

    @Test func listsPingbacksAndTrackbacksApartFromTheThread() throws {
        let thread = try thread(
            """
            - {id: 1, body: a}
            - {id: 2, type: pingback, author: Other blog, author_url: "https://other.example/", body: linked}
            - {id: 3, body: b}
            - {id: 4, type: trackback, body: tb}
            """)
        #expect(ids(thread, thread.topLevel) == ["1", "3"])
        #expect(ids(thread, thread.mentions) == ["2", "4"])
        #expect(thread.topLevel.map { thread.entries[$0].number } == [1, 2])
        #expect(thread.archivedCount == 2)
    }

    @Test func marksThePostAuthorsReplies() throws {
        let thread = try thread(
            """
            - {id: 1, body: a}
            - {id: 2, parent: 1, role: author, body: b}
            """)
        #expect(thread.entries.map(\.comment.role) == [nil, .author])
    }

    @Test func loadsATenThousandDeepReplyChainWithoutRecursion() throws {
        var yaml = "- {id: 0, body: root}\n"
        for id in 1..<10_000 { yaml += "- {id: \(id), parent: \(id - 1), body: r}\n" }
        let thread = try thread(yaml)
        #expect(thread.entries.count == 10_000)
        #expect(thread.entries.last?.depth == 5)
        #expect(thread.entries[3].replies.count == 9_996)
    }

    @Test func threadsAHundredThousandComments() throws {
        let comments = (0..<100_000).map { id in
            Comment(
                id: String(id), parent: id % 10 == 0 ? nil : String(id - id % 10 + (id % 10) / 2),
                author: nil, authorURL: nil, date: nil, role: nil, status: .approved, kind: .comment, body: "",
                location: SourceLocation(path: "c.yml", line: id + 1)
            )
        }
        let thread = try ThreadBuilder(maxDepth: 5).thread(comments, file: SourceFile(path: "c.yml", text: ""))
        #expect(thread.topLevel.count == 10_000)
        #expect(thread.entries.map(\.depth).max() == 5)
    }
}
