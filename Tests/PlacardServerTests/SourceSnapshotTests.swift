import Foundation
import Placard
import Testing

@testable import PlacardServer

/// `serve` watches the files a build reads, by the build's own walk: through a link to a folder inside the site,
/// never out of it, not into a loop, with `.well-known` and without hidden or editors' files; and a link the build
/// reports (dangling, out of the site) is a change when it comes and when it goes.
@Suite(.timeLimit(.minutes(1))) struct SourceSnapshotTests {
    /// A site whose `content/static` holds one of each kind of name a walk must tell apart.
    static func trickySite() throws -> TestSite {
        let site = try TestSite()
        let outside = (site.root as NSString).deletingLastPathComponent + "/outside.txt"
        try Data("secret\n".utf8).write(to: URL(fileURLWithPath: outside))
        try site.write("body {}\n", to: "content/static/style.css")
        try site.write("Contact: mailto:a@example.org\n", to: "content/static/.well-known/security.txt")
        try site.write("hidden\n", to: "content/static/.env")
        try site.write("swap\n", to: "content/static/.style.css.swp")
        try site.write("backup\n", to: "content/static/.well-known/security.txt~")
        for (link, target) in [
            ("loop", ".."), ("secret.txt", outside), ("nowhere", "missing.txt"), ("mirror", "../posts/first"),
        ] {
            try FileManager.default.createSymbolicLink(
                atPath: site.root + "/content/static/" + link, withDestinationPath: target)
        }
        return site
    }

    @Test func watchesTheFilesTheBuildReadsAndTheLinksItReports() throws {
        let site = try Self.trickySite()
        let outline = try SiteLoader(root: site.root).outline()
        let snapshot = SourceSnapshot(root: site.root, folders: SourceWatcher.folders)
        let watched = snapshot.states.filter { $0.key.hasPrefix("content/static/") }
        let files = watched.filter { if case .file = $0.value { true } else { false } }
        #expect(Set(files.keys) == Set(outline.site.staticFiles.map { "content/static/" + $0 }))
        #expect(
            Set(files.keys) == [
                "content/static/style.css", "content/static/.well-known/security.txt",
                "content/static/mirror/index.md", "content/static/mirror/comments.yml",
            ])
        let reported = outline.diagnostics.compactMap(\.location?.path).filter { $0.hasPrefix("content/static/") }
        #expect(Set(watched.keys).subtracting(files.keys) == Set(reported))
        #expect(watched["content/static/loop"] == .loop)
        #expect(watched["content/static/secret.txt"] == .refused)
        #expect(watched["content/static/nowhere"] == .dangling)
        #expect(snapshot.folders.contains("content/static/mirror"))
        #expect(!snapshot.folders.contains { $0.hasPrefix("content/static/loop") })
    }

    @Test func aDanglingLinkIsAChangeWhenItComesAndWhenItGoes() throws {
        let site = try TestSite()
        let before = SourceSnapshot(root: site.root, folders: SourceWatcher.folders)
        try FileManager.default.createSymbolicLink(
            atPath: site.root + "/content/posts/first/photo.jpg", withDestinationPath: "missing.jpg")
        let linked = SourceSnapshot(root: site.root, folders: SourceWatcher.folders)
        #expect(linked.changes(since: before) == ["content/posts/first/photo.jpg"])
        try site.remove("content/posts/first/photo.jpg")
        let after = SourceSnapshot(root: site.root, folders: SourceWatcher.folders)
        #expect(after.changes(since: linked) == ["content/posts/first/photo.jpg"])
    }

    @Test(arguments: [false, true])
    func seesAnEditUnderEveryPathTheBuildReadsItBy(polling: Bool) async throws {
        let site = try Self.trickySite()
        await withThrowingTaskGroup(of: Void.self) { group in
            let batches = await SourceWatcher.batches(of: site.root, polling: polling, in: &group)
            site.writeInPlace("---\ntitle: Edited\ndate: 2018-05-24\n---\n", to: "content/posts/first/index.md")
            let expected: Set<String> = ["content/posts/first/index.md", "content/static/mirror/index.md"]
            let seen = await batches.paths(until: expected)
            #expect(seen.isSuperset(of: expected))
            group.cancelAll()
        }
    }

    @Test(arguments: [false, true])
    func reportsADanglingLinkComingAndGoing(polling: Bool) async throws {
        let site = try TestSite()
        try await withThrowingTaskGroup(of: Void.self) { group in
            let batches = await SourceWatcher.batches(of: site.root, polling: polling, in: &group)
            let link = "content/posts/first/photo.jpg"
            try FileManager.default.createSymbolicLink(atPath: site.root + "/" + link, withDestinationPath: "gone.jpg")
            #expect(await batches.paths(until: [link]).contains(link))
            try site.remove(link)
            #expect(await batches.paths(until: [link]).contains(link))
            group.cancelAll()
        }
    }
}
