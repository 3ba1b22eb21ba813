import Foundation
import Testing

@testable import Placard

/// A build never empties a folder that no build made: `--output ~/Documents` must not delete the documents. A folder a
/// build made carries a hidden marker file, and only such a folder has the files the site no longer makes removed.
@Suite struct OutputOwnershipTests {
    static let listing = minimalConfig + post("a", title: "A", date: "2018-05-24")

    @Test func refusesToRemoveFilesFromAFolderNoBuildMade() async throws {
        let site = try TestSite(Self.listing)
        let documents = try TestSite("-- letter.txt --\nDear…\n-- taxes/2018.pdf --\n%PDF", templates: false)
        defer {
            site.removeAll()
            documents.removeAll()
        }
        let before = try folderContents(documents.root)
        let builder = SiteBuilder(BuildOptions(source: site.root, output: documents.root))
        let error = try await #require(throws: BuildFailure.self) { try await builder.build() }
        #expect(
            error.description.contains(
                "holds 2 files this build does not make (letter.txt, taxes/2018.pdf), and no Placard build made "
                    + "that folder (it has no .placard-output file), so the build will not remove them"))
        #expect(error.description.hasSuffix("1 error: nothing was written"))
        #expect(try folderContents(documents.root) == before)
    }

    @Test func claimsANewFolderAndOneWithOnlyHiddenFilesThenCleansIt() async throws {
        let site = try TestSite(Self.listing + post("b", title: "B", date: "2018-06-01"))
        let deploy = try TestSite("-- .git/HEAD --\nref: refs/heads/gh-pages", templates: false)
        defer {
            site.removeAll()
            deploy.removeAll()
        }
        for output in [site.root + "/public", deploy.root] {
            try await SiteBuilder(BuildOptions(source: site.root, output: output)).build()
            #expect(FileManager.default.fileExists(atPath: output + "/.placard-output"))
            #expect(FileManager.default.fileExists(atPath: output + "/posts/b/index.html"))
        }
        try FileManager.default.removeItem(atPath: site.root + "/content/posts/b")
        try await SiteBuilder(BuildOptions(source: site.root, output: deploy.root)).build()
        #expect(!deploy.exists("posts/b/index.html"))
        #expect(try deploy.read(".git/HEAD") == "ref: refs/heads/gh-pages\n")
    }

    @Test func aFolderWhoseMarkerWasDeletedIsNoLongerCleaned() async throws {
        let site = try TestSite(Self.listing + post("b", title: "B", date: "2018-06-01"))
        defer { site.removeAll() }
        try await site.build()
        try FileManager.default.removeItem(atPath: site.root + "/public/.placard-output")
        // Nothing to remove: the folder is taken again.
        try await site.build()
        #expect(site.exists("public/.placard-output"))
        try FileManager.default.removeItem(atPath: site.root + "/public/.placard-output")
        try FileManager.default.removeItem(atPath: site.root + "/content/posts/b")
        await #expect(site.buildErrors().contains("this build does not make (posts/b/"))
        #expect(site.exists("public/posts/b/index.html"))
    }
}
