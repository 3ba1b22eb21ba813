import Foundation
import Testing

@testable import PlacardServer

/// `OutputFolder` keeps every lookup inside the folder on its own, without the path guard in front of it.
@Suite struct OutputFolderTests {
    let site: SiteFolder
    let folder: OutputFolder

    init() throws {
        site = try SiteFolder()
        folder = OutputFolder(root: site.root.path)
    }

    @Test(arguments: ["/../secret.txt", "../secret.txt", "/posts/../../secret.txt", "/posts/a/../../.."])
    func resolvesNothingOutsideRoot(path: String) {
        #expect(folder.getFileIdentifier(path) == nil)
    }

    @Test func resolvesPathsInsideRoot() throws {
        let root = try #require(folder.getFileIdentifier("/"))
        #expect(folder.getFileIdentifier("/posts/../index.html") == "\(root)/index.html")
        #expect(folder.getFileIdentifier("assets/style.css") == "\(root)/assets/style.css")
    }

    @Test func refusesSymbolicLinkLeavingRoot() throws {
        try site.link("out", to: site.parent.appendingPathComponent("secret.txt"))
        #expect(folder.getFileIdentifier("/out") == nil)
    }

    @Test func reportsOnlyRegularFilesAndFolders() async throws {
        let fifo = site.root.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let id = try #require(folder.getFileIdentifier("/pipe"))
        #expect(try await folder.getAttributes(id: id) == nil)
        let css = try #require(folder.getFileIdentifier("/assets/style.css"))
        let attributes = try #require(try await folder.getAttributes(id: css))
        #expect(attributes.size == SiteFolder.css.utf8.count && !attributes.isFolder)
    }

    @Test func followsReplacedRoot() async throws {
        let moved = site.parent.appendingPathComponent("old")
        try FileManager.default.moveItem(at: site.root, to: moved)
        try site.write("new\n", to: "index.html")
        let id = try #require(folder.getFileIdentifier("/index.html"))
        #expect(try String(contentsOfFile: id, encoding: .utf8) == "new\n")
    }
}
