import Foundation
import Testing

/// `placard build` on broken content: exit status 1, every message on standard error, and the previous `public/`
/// left exactly as it was. The sites are the listings of Tests/PlacardTests/Fixtures/invalid-sites.
@Suite struct BadContentCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PlacardTests/Fixtures/invalid-sites").path

    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()

    /// A listing's sections (`-- path --` lines), and the text after `-- expected --`.
    static func parse(_ text: String) -> (files: [String: String], expected: String) {
        let parts = text.components(separatedBy: "-- expected --\n")
        var files: [String: String] = [:]
        var current: String?
        for line in parts[0].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                current = String(line.dropFirst(3).dropLast(3))
                files[current!] = ""
            } else if let path = current {
                files[path]! += line + "\n"
            }
        }
        return (files, parts.count == 2 ? parts[1] : "")
    }

    /// A `public/` from an earlier build, to be kept as it is (with the marker a build leaves in its output).
    static let previous = [
        "public/.placard-output": "This folder is the output of `placard build`.\n",
        "public/index.html": "<!DOCTYPE html><title>Earlier build</title>\n",
        "public/posts/a/index.html": "<!DOCTYPE html><title>A, as built yesterday</title>\n",
        "public/assets/style.css": "body { color: black }\n",
    ]

    /// Every file below `public/`, with its bytes; the file list is the dictionary's keys.
    static func snapshot(_ root: String) throws -> [String: Data] {
        let folder = root + "/public"
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory)
            files[path] =
                isDirectory.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
        }
        return files
    }

    @Test(arguments: cases)
    func failsWithTheExactMessageAndKeepsPublic(fixture: String) async throws {
        let (files, expected) = Self.parse(try String(contentsOfFile: Self.fixtures + "/" + fixture, encoding: .utf8))
        let root = try makeSite(files.merging(Self.previous) { $1 })
        let before = try Self.snapshot(root)
        let result = await InProcessCommand.run(["build"], in: root)
        let errors = expected.split(separator: "\n").count { $0.contains(": error: ") && !$0.hasPrefix(" ") }
        guard errors > 0 else {
            #expect(result.status == 0, "\(fixture): \(result.stderr)")
            #expect(result.stderr == expected, "\(fixture)")
            return
        }
        #expect(result.status == 1, "\(fixture)")
        #expect(result.stdout.isEmpty, "\(fixture)")
        #expect(result.stderr == expected + "\(errors) error\(errors == 1 ? "" : "s"): nothing was written\n")
        #expect(try Self.snapshot(root) == before, "\(fixture): public/ changed")
    }

    @Test func reportsAFileThatIsNotUTF8AndKeepsPublic() async throws {
        let root = try makeSite(
            Self.previous.merging([
                "content/site.yml": "title: T\nbase_url: https://example.org/\n", "content/posts/a/index.md": "",
            ]) { $1 })
        try (Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\ndate: 2018-05-24\n---\n".utf8))
            .write(to: URL(fileURLWithPath: root + "/content/posts/a/index.md"))
        let before = try Self.snapshot(root)
        let result = await InProcessCommand.run(["build"], in: root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/posts/a/index.md:2:11: error: the file is not UTF-8 text; save it with the UTF-8 encoding
                1 error: nothing was written

                """)
        #expect(try Self.snapshot(root) == before)
    }

    @Test func reportsMissingAndBrokenTemplatesAndKeepsPublic() async throws {
        let site = Self.previous.merging([
            "content/site.yml": "title: T\nbase_url: https://example.org/\n",
            "content/posts/a/index.md": "---\ntitle: A\ndate: 2018-05-24\n---\nBody.\n",
        ]) { $1 }
        let bare = try makeSite(site, templates: false)
        let before = try Self.snapshot(bare)
        let missing = await InProcessCommand.run(["build"], in: bare)
        #expect(missing.status == 1)
        #expect(
            missing.stderr == """
                templates:1:1: error: there is no templates folder (no such file or directory); copy the default theme's templates/
                1 error: nothing was written

                """)
        #expect(try Self.snapshot(bare) == before)

        let broken = try makeSite(site.merging(["templates/post.mustache": "{{#post}}\n{{title}}\n"]) { $1 })
        let kept = try Self.snapshot(broken)
        let result = await InProcessCommand.run(["build"], in: broken)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("templates/post.mustache:"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("1 error: nothing was written\n"))
        #expect(try Self.snapshot(broken) == kept)
    }

    @Test func reportsASymbolicLinkLoopAndKeepsPublic() async throws {
        let root = try makeSite(
            Self.previous.merging([
                "content/site.yml": "title: T\nbase_url: https://example.org/\n",
                "content/posts/a/index.md": "---\ntitle: A\ndate: 2018-05-24\n---\nBody.\n",
            ]) { $1 })
        try FileManager.default.createSymbolicLink(atPath: root + "/content/posts/a/self", withDestinationPath: ".")
        let before = try Self.snapshot(root)
        let result = await InProcessCommand.run(["build"], in: root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/posts/a/self:1:1: error: this symbolic link leads back to a folder that holds it; remove the link
                1 error: nothing was written

                """)
        #expect(try Self.snapshot(root) == before)
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their mode"))
    func reportsAnUnreadableFileAndKeepsPublic() async throws {
        let root = try makeSite(
            Self.previous.merging([
                "content/site.yml": "title: T\nbase_url: https://example.org/\n",
                "content/posts/a/index.md": "---\ntitle: A\ndate: 2018-05-24\n---\nBody.\n",
                "content/posts/a/comments.yml": "- id: 1\n  body: hi\n",
            ]) { $1 })
        let path = root + "/content/posts/a/comments.yml"
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        let before = try Self.snapshot(root)
        let result = await InProcessCommand.run(["build"], in: root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/posts/a/comments.yml:1:1: error: could not read the file (permission denied); check that it exists and is readable
                1 error: nothing was written

                """)
        #expect(try Self.snapshot(root) == before)
    }
}
