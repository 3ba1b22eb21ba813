import Foundation
import Placard
import Testing

/// `placard init` from the built binary: a site that builds and passes `check`; a folder in use is refused.
@Suite struct InitCommandTests {
    let parent = FileManager.default.temporaryDirectory.appendingPathComponent("placard-init-\(UUID().uuidString)").path

    init() throws {
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: parent) }

    @Test func newSiteBuildsAndPassesCheck() throws {
        defer { cleanUp() }
        let created = try PlacardProcess.run(["init", "mysite"], in: parent)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.isEmpty)
        #expect(created.stdout.hasPrefix("Created a site in mysite ("))
        let commands = created.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "#")[0] }
        #expect(commands.map { $0.trimmingCharacters(in: .whitespaces) } == ["cd mysite", "placard serve"])
        let site = parent + "/mysite"
        let built = try PlacardProcess.run(["build"], in: site)
        #expect(built.status == 0, "\(built.stderr)")
        let checked = try PlacardProcess.run(["check"], in: site)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stderr.isEmpty)
        #expect(checked.stdout.contains("no foreign resources, all internal links resolve"))
        let page = try read(site, "public/posts/a-safe-crossing-for-maple-street/index.html")
        #expect(page.contains("id=\"comment-2\"") && page.contains("The hearing has a date"))
        #expect(exists(site, "public/posts/a-safe-crossing-for-maple-street/updates/2025-03-20/index.html"))
        #expect(exists(site, "public/assets/style.css"))
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        defer { cleanUp() }
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: parent + "/notes.txt"))
        let refused = try PlacardProcess.run(["init"], in: parent)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: . is not empty; "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["notes.txt"])
        let forced = try PlacardProcess.run(["init", "--force"], in: parent)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try read(parent, "notes.txt") == "mine\n")
        #expect(exists(parent, "content/site.yml"))
        let again = try PlacardProcess.run(["init", "--force"], in: parent)
        #expect(again.stdout.contains("kept content/site.yml (it exists already)"))
        #expect(again.stdout.contains("(0 files)"))
    }

    @Test func printsItsVersion() throws {
        defer { cleanUp() }
        for arguments in [["--version"], ["version"]] {
            let result = try PlacardProcess.run(arguments, in: parent)
            #expect(result.status == 0)
            #expect(result.stdout == PlacardVersion.current + "\n", "\(arguments)")
        }
    }
}
