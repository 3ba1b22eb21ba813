import Foundation
import Testing

@testable import Placard

/// The output folder is the build's alone: one that is, holds or lies inside the site's sources is refused before
/// anything is read; cleaning it never follows a symbolic link; a file that became a folder (or the reverse) is
/// replaced; a write that fails midway says how much was written, and the next build puts it right.
@Suite struct OutputFolderSafetyTests {
    static let listing =
        minimalConfig + post("a", title: "A", date: "2018-05-24") + "\n-- content/static/keep.txt --\nkeep"

    @Test(arguments: [".", "..", "content", "content/static/out", "templates", "templates/assets", "/"])
    func refusesAnOutputFolderThatIsOrHoldsOrIsInsideTheSources(output: String) async throws {
        let site = try TestSite(Self.listing)
        defer { site.removeAll() }
        let before = try folderContents(site.root)
        let path = output.hasPrefix("/") ? output : site.root + "/" + output
        let builder = SiteBuilder(BuildOptions(source: site.root, output: path))
        let error = try await #require(throws: BuildFailure.self) { try await builder.build() }
        #expect(error.diagnostics.count == 1)
        #expect(error.description.contains("a build removes every file of its output folder that it did not make"))
        #expect(error.description.hasSuffix("1 error: nothing was written"))
        #expect(try folderContents(site.root) == before)
    }

    @Test func refusesAnOutputFolderReachedThroughALink() async throws {
        let site = try TestSite(Self.listing)
        defer { site.removeAll() }
        try site.link("site-again", to: ".")
        let builder = SiteBuilder(BuildOptions(source: site.root, output: site.root + "/site-again"))
        let error = try await #require(throws: BuildFailure.self) { try await builder.build() }
        #expect(error.description.contains("is the site folder"))
        #expect(site.exists("content/site.yml"))
    }

    @Test func removesALinkInTheOutputButNotWhatItLeadsTo() async throws {
        let site = try TestSite(Self.listing)
        let victim = try TestSite("-- precious.txt --\nprecious\n-- posts/a/mine.txt --\nmine", templates: false)
        defer {
            site.removeAll()
            victim.removeAll()
        }
        try await site.build()
        try site.link("public/mirror", to: victim.root)
        // A link where the build writes a folder: writing through it would write into the victim's folder.
        try FileManager.default.removeItem(atPath: site.root + "/public/posts")
        try site.link("public/posts", to: victim.root + "/posts")
        try await site.build()
        #expect(try victim.read("precious.txt") == "precious\n")
        #expect(try victim.read("posts/a/mine.txt") == "mine\n")
        #expect(!victim.exists("posts/a/index.html"))
        #expect(!SymbolicLink.exists(at: site.root + "/public/mirror"))
        #expect(!SymbolicLink.exists(at: site.root + "/public/posts"))
        #expect(site.exists("public/posts/a/index.html"))
    }

    @Test func replacesAFileThatBecameAFolderAndAFolderThatBecameAFile() async throws {
        let site = try TestSite(Self.listing + "\n-- content/static/zzz --\na file")
        defer { site.removeAll() }
        try await site.build()
        try FileManager.default.removeItem(atPath: site.root + "/content/static/zzz")
        try site.write("---\ntitle: Z\n---\nA page.\n", to: "content/pages/zzz.md")
        try await site.build()
        #expect(try site.page("zzz/index.html").contains("A page."))
        try FileManager.default.removeItem(atPath: site.root + "/content/pages/zzz.md")
        try site.write("a file again", to: "content/static/zzz")
        try await site.build()
        #expect(try site.page("zzz") == "a file again")
        let clean = site.root + "/clean"
        try await SiteBuilder(BuildOptions(source: site.root, output: clean)).build()
        #expect(try folderContents(site.root + "/public") == folderContents(clean))
    }

    @Test func saysHowManyFilesAFailedCommitWroteAndTheNextBuildFinishesIt() async throws {
        let site = try TestSite(
            Self.listing + post("b", title: "B", date: "2018-06-01") + post("c", title: "C", date: "2018-06-02"))
        defer { site.removeAll() }
        try await site.build()
        for slug in ["a", "b", "c"] {
            try site.write(
                "---\ntitle: \(slug) edited\ndate: 2018-05-24\n---\n\nEdited.\n", to: "content/posts/\(slug)/index.md")
        }
        let builder = SiteBuilder(
            BuildOptions(source: site.root), fileSystem: FailedWriteTests.disk(failingMove: "posts/c/index.html"))
        let error = try await #require(throws: BuildFailure.self) { try await builder.build() }
        #expect(error.written > 0)
        #expect(!error.description.contains("nothing was written"))
        #expect(error.description.contains("written before it, so the output mixes old and new files"))
        try await site.build()
        let clean = site.root + "/clean"
        try await SiteBuilder(BuildOptions(source: site.root, output: clean)).build()
        #expect(try folderContents(site.root + "/public") == folderContents(clean))
    }
}

/// Whether a path is a symbolic link, without following it.
enum SymbolicLink {
    static func exists(at path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }
}
