import Foundation
import Testing

@testable import Placard

/// `serve`'s rebuilds: after a save, only the files the change affects are written, the others keep their bytes and
/// modification times, and the output always equals a clean build of the same content.
@Suite struct SiteSessionTests {
    static let listing =
        minimalConfig
        + post("a", title: "A", date: "2018-05-24", extra: "tags: [families]", body: "Call your representative.")
            + """

            -- content/posts/a/updates/2018-05-29.md --
            ---
            title: First update
            ---
            Still no answers.
            -- content/posts/a/comments.yml --
            - {id: 1, author: Ann, body: "First comment."}
            - {id: 2, parent: 1, author: Bob, body: "A reply."}
            """
        + post("b", title: "B", date: "2018-06-01", extra: "tags: [courts]", body: "Sign the letter.")

    /// A post's `index.md`.
    static func file(title: String, date: String, extra: String = "", body: String) -> String {
        "---\ntitle: \(title)\ndate: \(date)\n\(extra)\n---\n\n\(body)\n"
    }

    /// A site, its session, and the output's files with their modification times after the first build.
    struct Fixture {
        let site: TestSite
        let session: SiteSession
        let output: String

        init() async throws {
            site = try TestSite(SiteSessionTests.listing)
            output = site.root + "/out"
            session = SiteSession(BuildOptions(source: site.root, output: output))
            _ = try await session.build()
        }

        /// Every output file's bytes and modification time.
        func snapshot() throws -> [String: (Data, Date)] {
            var files: [String: (Data, Date)] = [:]
            let enumerator = try #require(FileManager.default.enumerator(atPath: output))
            for case let path as String in enumerator {
                let full = output + "/" + path
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else {
                    continue
                }
                let date = try #require(
                    try FileManager.default.attributesOfItem(atPath: full)[.modificationDate] as? Date)
                files[path] = (try Data(contentsOf: URL(fileURLWithPath: full)), date)
            }
            return files
        }

        /// Saves `text` into `path` and rebuilds; returns the files the rebuild reported.
        func save(_ text: String, to path: String) async throws -> [String] {
            try site.write(text, to: path)
            return try await session.rebuild(changed: [path]).changedFiles
        }

        /// The paths whose bytes or modification time differ between two snapshots, and those only one has.
        static func touched(_ before: [String: (Data, Date)], _ after: [String: (Data, Date)]) -> Set<String> {
            Set(before.keys).symmetricDifference(after.keys).union(
                before.keys.filter { path in
                    guard let (data, date) = after[path] else { return false }
                    return data != before[path]!.0 || date != before[path]!.1
                })
        }

        /// Whether the output equals what a clean build of the same content writes.
        func matchesCleanBuild() async throws -> Bool {
            let clean = site.root + "/clean"
            _ = try await SiteBuilder(BuildOptions(source: site.root, output: clean)).build()
            return try folderContents(clean) == folderContents(output)
        }

    }

    @Test func anEditedCommentRewritesOnlyItsPostsPage() async throws {
        let fixture = try await Fixture()
        let before = try fixture.snapshot()
        try await Task.sleep(for: .milliseconds(10))
        let changed = try await fixture.save(
            """
            - {id: 1, author: Ann, body: "First comment, edited."}
            - {id: 2, parent: 1, author: Bob, body: "A reply."}
            """, to: "content/posts/a/comments.yml")
        #expect(changed == ["posts/a/index.html"])
        #expect(Fixture.touched(before, try fixture.snapshot()) == ["posts/a/index.html"])
        #expect(try fixture.site.read("out/posts/a/index.html").contains("First comment, edited."))
        await #expect(try fixture.matchesCleanBuild())
    }

    @Test func anEditedUpdateRewritesItsPostAndTheListsShowingIt() async throws {
        let fixture = try await Fixture()
        let before = try fixture.snapshot()
        try await Task.sleep(for: .milliseconds(10))
        let changed = try await fixture.save(
            "---\ntitle: First update, corrected\n---\nStill no answers.\n", to: "content/posts/a/updates/2018-05-29.md"
        )
        let touched = Fixture.touched(before, try fixture.snapshot())
        #expect(Set(changed) == touched)
        #expect(touched.contains("posts/a/index.html"))
        #expect(touched.contains("posts/a/updates/2018-05-29/index.html"))
        #expect(touched.contains("posts/a/feed.xml"))
        #expect(touched.contains("feed.xml"))
        #expect(touched.contains("index.html"))
        #expect(!touched.contains { $0.hasPrefix("posts/b/") })
        await #expect(try fixture.matchesCleanBuild())
    }

    @Test func anEditedPostRewritesTheIndexTagsAndFeedsButNotOtherPosts() async throws {
        let fixture = try await Fixture()
        let before = try fixture.snapshot()
        try await Task.sleep(for: .milliseconds(10))
        let changed = try await fixture.save(
            Self.file(title: "B, retitled", date: "2018-06-01", extra: "tags: [courts, asylum]", body: "Sign it."),
            to: "content/posts/b/index.md")
        let touched = Fixture.touched(before, try fixture.snapshot())
        #expect(Set(changed) == touched)
        #expect(touched.isSuperset(of: ["posts/b/index.html", "index.html", "feed.xml", "tags/courts/index.html"]))
        #expect(touched.contains("tags/asylum/index.html"))
        #expect(!touched.contains { $0.hasPrefix("posts/a/") })
        #expect(try fixture.site.read("out/index.html").contains("B, retitled"))
        await #expect(try fixture.matchesCleanBuild())
    }

    @Test func anEditedTemplateRewritesEveryPageThatUsesIt() async throws {
        let fixture = try await Fixture()
        let before = try fixture.snapshot()
        try await Task.sleep(for: .milliseconds(10))
        let template = try fixture.site.read("templates/post.mustache")
        let edited = template.replacingOccurrences(
            of: "{{> partials/comments}}", with: "{{> partials/comments}}<!-- edited -->")
        #expect(edited != template)
        let changed = try await fixture.save(edited, to: "templates/post.mustache")
        let touched = Fixture.touched(before, try fixture.snapshot())
        #expect(Set(changed) == touched)
        #expect(touched == ["posts/a/index.html", "posts/b/index.html"])
        await #expect(try fixture.matchesCleanBuild())
    }

    @Test func aDeletedPostsPagesVanishAndAnAddedPostAppears() async throws {
        let fixture = try await Fixture()
        try FileManager.default.removeItem(atPath: fixture.site.root + "/content/posts/b")
        let changed = try await fixture.session.rebuild(changed: ["content/posts/b/index.md"]).changedFiles
        #expect(changed.contains("posts/b/index.html"))
        #expect(!fixture.site.exists("out/posts/b/index.html"))
        #expect(!fixture.site.exists("out/tags/courts/index.html"))
        #expect(!(try fixture.site.read("out/index.html").contains("Sign the letter")))
        try fixture.site.write(
            Self.file(title: "C", date: "2018-07-01", body: "March."), to: "content/posts/c/index.md")
        let added = try await fixture.session.rebuild(changed: ["content/posts/c/index.md"])
        #expect(fixture.site.exists("out/posts/c/index.html"))
        await #expect(try fixture.matchesCleanBuild())
        // The rebuild counts its pages and files as a whole build of the same site does.
        let clean = try await SiteBuilder(
            BuildOptions(source: fixture.site.root, output: fixture.site.root + "/recount")
        )
        .build()
        #expect(added.pages == clean.pages && added.files == clean.files)
        #expect(added.pages > 0 && added.files > added.pages)
    }

    @Test func aBrokenSaveWritesNothingAndTheFixCatchesUpOnEveryChange() async throws {
        let fixture = try await Fixture()
        let before = try fixture.snapshot()
        // A good edit to a comment and a broken post: nothing is written while the post is broken.
        try fixture.site.write(
            "- {id: 1, author: Ann, body: \"Changed while b was broken.\"}\n", to: "content/posts/a/comments.yml")
        try fixture.site.write("---\ntitle: [unclosed\n---\n", to: "content/posts/b/index.md")
        await #expect(throws: BuildFailure.self) {
            try await fixture.session.rebuild(changed: ["content/posts/a/comments.yml", "content/posts/b/index.md"])
        }
        #expect(Fixture.touched(before, try fixture.snapshot()).isEmpty)
        // Fixing b alone brings a's comment in too.
        _ = try await fixture.save(
            Self.file(title: "B", date: "2018-06-01", body: "Fixed."), to: "content/posts/b/index.md")
        #expect(try fixture.site.read("out/posts/a/index.html").contains("Changed while b was broken."))
        await #expect(try fixture.matchesCleanBuild())
    }

    @Test func aRebuildRefusesASlugThatDiffersOnlyInCase() async throws {
        let fixture = try await Fixture()
        let before = try fixture.snapshot()
        try fixture.site.write(
            Self.file(title: "C", date: "2018-07-01", extra: "slug: B", body: "March."), to: "content/posts/c/index.md")
        let failure = try await #require(throws: BuildFailure.self) {
            try await fixture.session.rebuild(changed: ["content/posts/c/index.md"])
        }
        #expect(
            failure.diagnostics.map(\.headline) == [
                "content/posts/c/index.md:1:1: error: the slug 'B' differs only in case from 'b' of content/posts/b/index.md, "
                    + "and macOS and Windows would write both into one folder; give one of them another 'slug'"
            ])
        #expect(Fixture.touched(before, try fixture.snapshot()).isEmpty)
    }
}
