import Foundation
import Testing

@testable import Placard

/// The example site in `content/` loads cleanly and its thread is the seed's.
@Suite struct ExampleContentTests {
    let loaded: (Site, [Diagnostic])

    init() throws {
        loaded = try SiteLoader(root: TestSite.repository).load()
    }

    @Test func loadsWithoutAnyDiagnostic() {
        #expect(loaded.1.isEmpty)
        #expect(loaded.0.posts.map(\.slug) == ["where-are-the-children"])
    }

    @Test func hasTheSeedsTwoUpdates() throws {
        let post = try #require(loaded.0.posts.first)
        #expect(post.updates.map(\.day) == ["2018-05-29", "2018-06-15"])
        #expect(
            post.updates.map(\.title) == [
                "Additional actions and a new explainer", "Actions to #KeepFamiliesTogether and latest headlines",
            ])
        #expect(post.originalCommentCount == 74)
    }

    @Test func threadsTheSeedsFortySixComments() throws {
        let thread = try #require(loaded.0.posts.first).comments
        #expect(thread.archivedCount == 46)
        #expect(thread.topLevel.count == 23)
        let removed = thread.topLevel.filter { thread.entries[$0].comment.status == .removed }
        #expect(removed.map { thread.entries[$0].number } == [22])
        #expect(thread.entries.count { $0.comment.role == .author } == 5)
        #expect(thread.entries.map(\.depth).max() == 3)
        #expect(thread.mentions.isEmpty)
    }

    @Test func namesOnlyTheAuthorsTheThreadNames() throws {
        let thread = try #require(loaded.0.posts.first).comments
        let named = thread.entries.compactMap(\.comment.author)
        #expect(Set(named) == ["Erika S.", "David", "Jeff"])
        let jeff = try #require(thread.entries.first { $0.comment.author == "Jeff" })
        #expect(jeff.number == 17)
    }
}
