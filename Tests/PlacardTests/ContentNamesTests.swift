import Foundation
import Testing

@testable import Placard

/// Hidden files and editors' files are not content: the build neither reads nor publishes them, wherever they are,
/// except `content/static/.well-known/`, which is published.
@Suite struct ContentNamesTests {
    @Test func publishesNoHiddenOrEditorFiles() async throws {
        let site = try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24") + """

                -- content/static/.env --
                SECRET=1
                -- content/static/.git/config --
                [remote]
                -- content/static/.DS_Store --
                x
                -- content/static/notes.txt~ --
                backup
                -- content/posts/a/.env --
                SECRET=2
                -- content/posts/a/index.md~ --
                backup
                -- content/posts/a/.index.md.swp --
                swap
                -- content/posts/a/updates/.2018-05-29.md.swp --
                swap
                -- content/posts/a/updates/2018-05-29.md~ --
                backup
                -- content/posts/.hidden/index.md --
                not a post
                -- content/pages/.draft.md --
                not a page
                -- templates/assets/.env --
                SECRET=3
                -- content/static/.well-known/security.txt --
                Contact: mailto:security@example.org
                -- content/static/.well-known/.env --
                SECRET=4
                """)
        defer { site.removeAll() }
        let summary = try await site.build()
        #expect(summary.warnings.isEmpty)
        let published = try FileSystem.disk.walk(below: site.root + "/public", wellKnownIn: "").files
        #expect(published.contains(".well-known/security.txt"))
        let leaked = published.filter { path in
            path.split(separator: "/").contains { $0.hasPrefix(".") && $0 != ".well-known" } || path.hasSuffix("~")
        }
        #expect(leaked == [])
        let everything = try FileManager.default.subpathsOfDirectory(atPath: site.root + "/public")
        #expect(everything.filter { $0.contains(".env") || $0.contains(".git") || $0.hasSuffix("~") } == [])
    }

    @Test func leavesHiddenFilesOfTheOutputFolderAlone() async throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24"))
        defer { site.removeAll() }
        try await site.build()
        try site.write("gitdir: ../.git/worktrees/public\n", to: "public/.git")
        try site.write("stale\n", to: "public/stale.html")
        try await site.build()
        #expect(site.exists("public/.git"))
        #expect(!site.exists("public/stale.html"))
    }

    @Test(arguments: [
        ".env", ".git", ".DS_Store", ".index.md.swp", "index.md.swp", "index.md~", "#index.md#", ".#index.md",
        "4913", "index.md.kate-swp", "index.md___jb_tmp___", "Thumbs.db",
    ])
    func ignoresHiddenAndEditorFiles(name: String) {
        #expect(SourceNames.isIgnored(name))
        #expect(SourceNames.isIgnored(path: "content/posts/a/" + name))
    }

    @Test func keepsTheWellKnownFolderOfStaticFilesOnly() {
        #expect(!SourceNames.isIgnored(path: "content/static/.well-known/security.txt"))
        #expect(SourceNames.isIgnored(path: "content/static/.well-known/.env"))
        #expect(SourceNames.isIgnored(path: "content/posts/a/.well-known/x"))
        #expect(!SourceNames.isIgnored(path: "content/posts/a/index.md"))
    }
}
