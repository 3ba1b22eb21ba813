import Foundation
import Placard
import PlacardStarter
import Testing

/// `placard init` writes into an empty or new folder, and never replaces a file.
@Suite struct SiteStarterTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("placard-init-\(UUID().uuidString)").path

    func cleanUp() { try? FileManager.default.removeItem(atPath: root) }

    func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: root + "/" + path, encoding: .utf8) }

    @Test func createsTheFolderAndEveryFile() throws {
        defer { cleanUp() }
        let outcome = try SiteStarter(root: root + "/new/site").create()
        #expect(outcome.written == SiteStarter.files.map(\.path))
        #expect(outcome.kept.isEmpty)
        for (path, data) in SiteStarter.files {
            #expect(FileManager.default.contents(atPath: root + "/new/site/" + path) == data, "\(path)")
        }
    }

    @Test func refusesAFolderThatIsNotEmptyAndWritesNothing() throws {
        defer { cleanUp() }
        try write("mine\n", to: "notes.txt")
        #expect {
            try SiteStarter(root: root).create()
        } throws: { error in
            (error as? Diagnostic)?.message
                == "\(root) is not empty; choose a new folder, or add --force to add only the files it lacks"
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["notes.txt"])
    }

    @Test func aFolderWithOnlyHiddenFilesCountsAsEmpty() throws {
        defer { cleanUp() }
        try write("[core]\n", to: ".git/config")
        let outcome = try SiteStarter(root: root).create()
        #expect(outcome.written.count == SiteStarter.files.count)
        #expect(try read(".git/config") == "[core]\n")
    }

    @Test func forceAddsOnlyWhatIsMissing() throws {
        defer { cleanUp() }
        try write("title: Mine\nbase_url: https://mine.example/\n", to: "content/site.yml")
        try write("{{! my own }}\n", to: "templates/post.mustache")
        let outcome = try SiteStarter(root: root).create(force: true)
        #expect(outcome.kept == ["content/site.yml", "templates/post.mustache"])
        #expect(outcome.written.count == SiteStarter.files.count - 2)
        #expect(try read("content/site.yml") == "title: Mine\nbase_url: https://mine.example/\n")
        #expect(try read("templates/post.mustache") == "{{! my own }}\n")
        #expect(FileManager.default.fileExists(atPath: root + "/templates/base.mustache"))
    }

    @Test func refusesAFile() throws {
        defer { cleanUp() }
        try write("x", to: "file")
        #expect(throws: Diagnostic.self) { try SiteStarter(root: root + "/file").create(force: true) }
    }
}
