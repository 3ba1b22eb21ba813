import Dispatch
import Foundation
import Placard
import Testing

@testable import PlacardServer

/// `serve` builds into a folder no one else could have made, sees edits after `content/` becomes a symbolic link,
/// never walks a link that leads out of the site, and stops on SIGINT or SIGTERM even while a build runs.
@Suite(.timeLimit(.minutes(1))) struct ServeSafetyTests {
    @Test func buildsIntoANewPrivateFolderEachTime() throws {
        let first = try ServeFolder.create()
        let second = try ServeFolder.create()
        defer {
            first.remove()
            second.remove()
        }
        #expect(first.path != second.path)
        let attributes = try FileManager.default.attributesOfItem(atPath: first.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        #expect((attributes[.ownerAccountID] as? NSNumber)?.uint32Value == getuid())
        #expect(first.output.hasPrefix(first.path + "/"))
        #expect(!FileManager.default.fileExists(atPath: first.output))
    }

    @Test(arguments: [false, true])
    func seesEditsAfterContentIsReplacedByALink(polling: Bool) async throws {
        let site = try TestSite()
        let elsewhere = (site.root as NSString).deletingLastPathComponent + "/content-elsewhere"
        try FileManager.default.copyItem(atPath: site.root + "/content", toPath: elsewhere)
        try await withThrowingTaskGroup(of: Void.self) { group in
            let batches = await SourceWatcher.batches(of: site.root, polling: polling, in: &group)
            try site.remove("content")
            try FileManager.default.createSymbolicLink(atPath: site.root + "/content", withDestinationPath: elsewhere)
            _ = await batches.paths(until: ["content/site.yml"])
            // An edit through the link, after it came.
            try Data("title: Edited\n".utf8).write(to: URL(fileURLWithPath: elsewhere + "/site.yml"))
            let seen = await batches.paths(until: ["content/site.yml"])
            #expect(seen.contains("content/site.yml"))
            group.cancelAll()
        }
    }

    @Test func neverWalksALinkOutOfTheSite() throws {
        let site = try TestSite()
        try FileManager.default.createSymbolicLink(
            atPath: site.root + "/content/posts/first/everything", withDestinationPath: "/")
        let snapshot = SourceSnapshot(root: site.root, folders: SourceWatcher.folders)
        #expect(!snapshot.folders.contains { $0.hasPrefix("content/posts/first/everything") })
        #expect(snapshot.states["content/posts/first/everything"] == .refused)
    }

    /// A site whose first build never ends until the test lets it.
    final class StuckSite: SiteRebuilding, @unchecked Sendable {
        let release = DispatchSemaphore(value: 0)
        func build() throws(BuildFailure) -> BuildSummary {
            release.wait()
            return BuildSummary(pages: 0, files: 0, written: 0, removed: 0, changedFiles: [])
        }
        func rebuild(changed: Set<String>) throws(BuildFailure) -> BuildSummary { try build() }
    }

    @Test func stopsWhileABuildIsStillRunning() async throws {
        let site = StuckSite()
        defer { site.release.signal() }
        let coordinator = RebuildCoordinator(site: site)
        let task = Task { await coordinator.buildFirst() }
        try await Task.sleep(for: .milliseconds(100))
        task.cancel()
        let outcome = await task.value
        guard case .failed(let failure, _) = outcome else {
            Issue.record("the build was not interrupted")
            return
        }
        #expect(failure.diagnostics.map(\.message) == ["the build was interrupted"])
    }
}
