import Foundation
import Testing

@testable import Placard

/// Content broken in the ways a person breaks it that a listing in Fixtures/invalid-sites cannot hold: bytes that are
/// not UTF-8, byte-order marks, CRLF, huge and deeply nested files, symbolic links and files that cannot be read.
@Suite struct BadContentTests {
    static let listing = """
        -- content/posts/a/index.md --
        ---
        title: A post
        date: 2018-05-24
        tags: [action]
        ---

        Call *now*: 1-866-347-2423.

        ## Steps

        - NEW: March on June 14.
        -- content/posts/a/updates/2018-05-29.md --
        ---
        title: More
        ---

        Later.
        -- content/posts/a/comments.yml --
        - id: 1
          author: Jeff
          date: 2018-05-27T14:03:00Z
          body: |
            First line.

            > quoted
        - id: 2
          parent: 1
          author: Erika
          body: A reply.
        """

    /// Every file of `public/` with its bytes.
    static func tree(_ site: TestSite) throws -> [String: Data] {
        let root = site.root + "/public"
        var files: [String: Data] = [:]
        for path in try FileSystem.disk.files(below: root) {
            files[path] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + path))
        }
        return files
    }

    @Test func buildsFilesWithAByteOrderMarkAsIfItWereNotThere() async throws {
        let plain = try TestSite(minimalConfig + "\n" + Self.listing)
        try await plain.build()
        let marked = try TestSite(minimalConfig + "\n" + Self.listing)
        for path in [
            "content/site.yml", "content/posts/a/index.md", "content/posts/a/updates/2018-05-29.md",
            "content/posts/a/comments.yml",
        ] {
            try marked.write(
                Data([0xEF, 0xBB, 0xBF]) + Data(contentsOf: URL(fileURLWithPath: marked.root + "/" + path)), to: path)
        }
        try await marked.build()
        #expect(try Self.tree(marked) == Self.tree(plain))
    }

    @Test func buildsFilesWithCRLFLineEndingsLikeTheirLFTwins() async throws {
        let plain = try TestSite(minimalConfig + "\n" + Self.listing)
        try await plain.build()
        let windows = try TestSite(minimalConfig + "\n" + Self.listing)
        for path in [
            "content/site.yml", "content/posts/a/index.md", "content/posts/a/updates/2018-05-29.md",
            "content/posts/a/comments.yml",
        ] {
            let text = try windows.read(path)
            try windows.write(text.replacingOccurrences(of: "\n", with: "\r\n"), to: path)
        }
        let summary = try await windows.build()
        #expect(summary.warnings.isEmpty)
        #expect(try windows.page("posts/a/index.html").contains("<blockquote>\n<p>quoted</p>\n</blockquote>"))
        #expect(try Self.tree(windows) == Self.tree(plain))
    }

    @Test func reportsACommentsFileThatIsNotUTF8AtItsFirstBadByte() throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24"), templates: false)
        try site.write(
            Data("- id: 1\n  author: Ren".utf8) + Data([0xE9, 0x65]) + Data("\n  body: hi\n".utf8),
            to: "content/posts/a/comments.yml")
        #expect(
            site.loadErrors()
                == "content/posts/a/comments.yml:2:14: error: the file is not UTF-8 text; save it with the UTF-8 encoding"
        )
    }

    @Test func buildsATwentyMegabytePost() async throws {
        let site = try TestSite(minimalConfig)
        var body = "---\ntitle: Long\ndate: 2018-05-24\n---\n\n"
        let paragraph =
            "Families were separated at the border and the children sent to shelters far away. Call *now*.\n\n"
        body.reserveCapacity(21_000_000)
        var count = 0
        while body.utf8.count < 20_000_000 {
            body += paragraph
            count += 1
        }
        body += "The very end.\n"
        try site.write(body, to: "content/posts/long/index.md")
        try await site.build()
        let page = try site.page("posts/long/index.html")
        #expect(page.occurrences(of: "Call <em>now</em>.") == count)
        #expect(page.contains("<p>The very end.</p>"))
    }

    @Test func buildsAThousandLevelsOfNestedBlockQuotesInAPostAndAComment() async throws {
        let nested = String(repeating: "> ", count: 1_000) + "deep"
        let site = try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24", body: nested) + """

                -- content/posts/a/comments.yml --
                - id: 1
                  body: "\(nested)"
                """)
        try await site.build()
        let page = try site.page("posts/a/index.html")
        #expect(page.occurrences(of: "<blockquote>") == 2_000)
        #expect(page.occurrences(of: "deep</p>") == 2)
    }

    @Test func reportsYAMLNestedTooDeeplyWithoutCrashing() throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24"), templates: false)
        try site.write(
            "- id: 1\n  body: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
            to: "content/posts/a/comments.yml")
        let error = try #require(site.loadErrors().split(separator: "\n").first)
        #expect(
            error
                == "content/posts/a/comments.yml:2:10: error: invalid YAML: lists and mappings are nested more than "
                + "1,000 levels deep; flatten them")
    }

    @Test func reportsASymbolicLinkLoopInAPostFolderWithoutHanging() async throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24"))
        try FileManager.default.createSymbolicLink(
            atPath: site.root + "/content/posts/a/loop", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(
            atPath: site.root + "/content/posts/a/again", withDestinationPath: "..")
        #expect(
            await site.buildErrors() == """
                content/posts/a/again:1:1: error: this symbolic link leads back to a folder that holds it; remove the link
                content/posts/a/loop:1:1: error: this symbolic link leads back to a folder that holds it; remove the link
                """)
    }

    @Test func reportsASymbolicLinkLoopInStaticFiles() async throws {
        let site = try TestSite(minimalConfig + "\n-- content/static/a.txt --\nA")
        try FileManager.default.createSymbolicLink(
            atPath: site.root + "/content/static/up", withDestinationPath: "../static")
        #expect(
            await site.buildErrors()
                == "content/static/up:1:1: error: this symbolic link leads back to a folder that holds it; remove the link"
        )
    }

    @Test func buildsThroughASymbolicLinkThatIsNotALoop() async throws {
        let site = try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24") + "\n-- shared/map.txt --\nmap")
        try FileManager.default.createSymbolicLink(
            atPath: site.root + "/content/posts/a/files", withDestinationPath: "../../../shared")
        try await site.build()
        #expect(try site.page("posts/a/files/map.txt") == "map\n")
    }

    @Test func reportsAFileThatCannotBeReadThroughTheFileSystem() async throws {
        let site = try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24")
                + "\n-- content/posts/a/comments.yml --\n- id: 1\n  body: hi")
        let denied = site.root + "/content/posts/a/comments.yml"
        var fileSystem = FileSystem.disk
        fileSystem.read = { path in
            guard path != denied else {
                throw NSError(
                    domain: NSCocoaErrorDomain, code: CocoaError.fileReadNoPermission.rawValue,
                    userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))])
            }
            return try FileSystem.disk.read(path)
        }
        do throws(BuildFailure) {
            _ = try await SiteBuilder(BuildOptions(source: site.root), fileSystem: fileSystem).build()
            Issue.record("the build succeeded")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "content/posts/a/comments.yml:1:1: error: could not read the file (permission denied); check that it exists and is readable"
                ])
        }
        #expect(!site.exists("public"))
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their mode"))
    func reportsAFileWithoutReadPermission() async throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24"))
        let path = site.root + "/content/posts/a/index.md"
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        #expect(
            await site.buildErrors()
                == "content/posts/a/index.md:1:1: error: could not read the file (permission denied); check that it exists and is readable"
        )
    }
}
