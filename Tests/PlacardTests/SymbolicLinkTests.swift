import Foundation
import Testing

@testable import Placard

/// A symbolic link is followed only where it stays in the site: one that leads out of the site folder, into the
/// output folder or to a hidden file is an error at the link, and what it leads to is never read, walked or published.
@Suite struct SymbolicLinkTests {
    /// A folder outside the site holding a secret, removed with the site.
    static func outside() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placard-outside-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        try "SECRET-LINE\nmore\n".write(toFile: folder + "/secret", atomically: true, encoding: .utf8)
        try "SECRET-LINE\n".write(toFile: folder + "/sub/secret", atomically: true, encoding: .utf8)
        return folder
    }

    static let siteListing = minimalConfig + post("a", title: "A", date: "2018-05-24")

    @Test(arguments: [
        ("content/static/passwd", "/secret"), ("templates/assets/etc", ""), ("content/posts/a/files", ""),
        ("content/static/deep", "/sub"),
    ])
    func refusesALinkOutOfTheSite(link: String, target: String) async throws {
        let site = try TestSite(Self.siteListing)
        let outside = try Self.outside()
        defer {
            site.removeAll()
            try? FileManager.default.removeItem(atPath: outside)
        }
        try site.link(link, to: outside + target)
        let errors = await site.buildErrors()
        #expect(errors.hasPrefix("\(link):1:1: error: this symbolic link leads to "))
        #expect(errors.contains("outside the site folder, which a build never reads"))
        #expect(!site.exists("public"))
    }

    @Test func refusesAPostFolderLinkedToTheRootWithoutWalkingIt() async throws {
        let site = try TestSite(Self.siteListing)
        defer { site.removeAll() }
        try site.link("content/posts/everything", to: "/")
        #expect(
            await site.buildErrors()
                == "content/posts/everything:1:1: error: this symbolic link leads to /, outside the site folder, "
                + "which a build never reads; copy what you want published into the site")
    }

    @Test func neverShowsTheLineOfAFileALinkLeadsTo() async throws {
        let site = try TestSite(Self.siteListing)
        let outside = try Self.outside()
        defer {
            site.removeAll()
            try? FileManager.default.removeItem(atPath: outside)
        }
        try site.link("content/posts/a/comments.yml", to: outside + "/secret")
        try site.link("content/site.yml.link", to: outside + "/secret")
        try FileManager.default.removeItem(atPath: site.root + "/content/site.yml")
        try site.link("content/site.yml", to: outside + "/secret")
        let errors = await site.buildErrors()
        #expect(errors.contains("content/site.yml:1:1: error: this symbolic link leads to"))
        #expect(!errors.contains("SECRET-LINE"))
    }

    @Test func refusesALinkToAHiddenFolderOfTheSiteOrIntoTheOutput() async throws {
        let site = try TestSite(Self.siteListing + "\n-- .git/config --\n[core]\n")
        defer { site.removeAll() }
        try await site.build()
        try site.link("content/static/git", to: "../../.git")
        try site.link("content/static/published", to: "../../public")
        await #expect(
            site.buildErrors() == """
                content/static/git:1:1: error: this symbolic link leads to .git, a hidden file or folder, which a build never reads; remove the link
                content/static/published:1:1: error: this symbolic link leads into the output folder, which would publish the site inside itself; remove the link
                """)
        #expect(!site.exists("public/git"))
    }

    /// `.well-known` is content only in `content/static`: a link may lead to one there, not to one elsewhere.
    @Test func followsALinkToWellKnownOnlyWhereItIsPublished() async throws {
        let site = try TestSite(
            Self.siteListing + "\n-- content/static/.well-known/security.txt --\nContact: x\n"
                + "-- content/posts/a/.well-known/key --\nSECRET-LINE\n")
        defer { site.removeAll() }
        try site.link("content/static/security.txt", to: ".well-known/security.txt")
        try await site.build()
        #expect(try site.page("security.txt") == "Contact: x\n")
        try site.link("content/static/key", to: "../posts/a/.well-known/key")
        await #expect(
            site.buildErrors()
                == "content/static/key:1:1: error: this symbolic link leads to content/posts/a/.well-known/key, a hidden "
                + "file or folder, which a build never reads; remove the link")
    }

    @Test func refusesAPipeInsteadOfWaitingForIt() async throws {
        let site = try TestSite(Self.siteListing)
        defer { site.removeAll() }
        try FileManager.default.createDirectory(
            atPath: site.root + "/content/static", withIntermediateDirectories: true)
        #expect(mkfifo(site.root + "/content/static/pipe", 0o600) == 0)
        #expect(
            await site.buildErrors()
                == "content/static/pipe:1:1: error: this is a pipe, socket or device, not a file, so it cannot be "
                + "published; remove it")
    }

    @Test func followsLinksThatStayInTheSiteAndAContentFolderLinkedElsewhere() async throws {
        let elsewhere = try TestSite(Self.siteListing + "\n-- content/static/logo.txt --\nlogo")
        let site = try TestSite("")
        defer {
            site.removeAll()
            elsewhere.removeAll()
        }
        try site.link("content", to: elsewhere.root + "/content")
        try site.link("content/static/copy.txt", to: "logo.txt")
        try await site.build()
        #expect(try site.page("logo.txt") == "logo\n")
        #expect(try site.page("copy.txt") == "logo\n")
    }
}
