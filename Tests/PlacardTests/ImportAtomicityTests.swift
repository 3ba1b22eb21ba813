import Foundation
import Placard
import PlacardImport
import Testing

/// An import changes the content folder completely or not at all, even when a move into it fails half-way.
@Suite struct ImportAtomicityTests {
    static let export = InlineExport.wxr(items: [
        InlineExport.post(id: "1", slug: "a", comments: [InlineExport.comment(id: "1")]),
        InlineExport.post(id: "2", slug: "b"), InlineExport.post(id: "3", slug: "c"),
    ])

    /// A site where `posts/b` is a file, so that moving `posts/b/index.md` in fails after `posts/a` moved.
    func blockedSite(_ extra: String = "") throws -> TestSite {
        let site = try TestSite(minimalConfig + "\n-- content/posts/b --\nnot a folder\n" + extra)
        try site.write(Self.export, to: "export.xml")
        return site
    }

    @Test func failedMovePutsEverythingBack() throws {
        let site = try blockedSite()
        let before = site.contentSnapshot()
        #expect(throws: Diagnostic.self) {
            try WordPressImporter(content: site.root + "/content").run(site.root + "/export.xml")
        }
        #expect(site.contentSnapshot() == before)
        #expect(!site.exists("content/posts/a"))
        #expect(site.stagingLeftovers().isEmpty)
    }

    @Test func failedForcedMoveRestoresTheFilesItReplaced() throws {
        let site = try blockedSite("-- content/posts/a/index.md --\nmine\n-- content/posts/a/comments.yml --\n[]\n")
        let before = site.contentSnapshot()
        do {
            _ = try WordPressImporter(content: site.root + "/content", options: [.force]).run(site.root + "/export.xml")
            Issue.record("the import succeeded")
        } catch {
            #expect(error.message.hasPrefix("could not write the imported content"))
            #expect(error.message.hasSuffix("nothing was changed"))
        }
        #expect(site.contentSnapshot() == before)
        #expect(site.stagingLeftovers().isEmpty)
    }

    @Test func intoAFolderThatDoesNotExistYet() throws {
        let site = try TestSite("")
        try site.write(Self.export, to: "export.xml")
        let summary = try WordPressImporter(content: site.root + "/new/content").run(site.root + "/export.xml")
        #expect(summary.posts == 3)
        #expect(site.exists("new/content/posts/a/comments.yml"))
        #expect(site.stagingLeftovers().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root + "/new") == ["content"])
    }

    @Test func disqusNeverReplacesAnArchiveWithoutForce() throws {
        let listing = """
            -- content/posts/street-lights/index.md --
            ---
            title: Street lights
            date: 2019-04-01
            ---
            Body.
            -- content/posts/street-lights/comments.yml --
            - id: 1
              body: Kept.
            """
        let site = try TestSite(minimalConfig + "\n" + listing)
        let before = site.contentSnapshot()
        let export = ImportFixture(name: "disqus.xml").path
        #expect(throws: Diagnostic.self) { try DisqusImporter(content: site.root + "/content").run(export) }
        #expect(site.contentSnapshot() == before)
        _ = try DisqusImporter(content: site.root + "/content", options: [.force]).run(export)
        #expect(try site.read("content/posts/street-lights/comments.yml").hasPrefix("- id: 11\n"))
        #expect(site.stagingLeftovers().isEmpty)
    }
}
