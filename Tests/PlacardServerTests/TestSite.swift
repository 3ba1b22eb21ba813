import Foundation
import Placard
import PlacardServer

/// A small site (content and the repository's templates) in a temp folder, with a folder of its own for
/// `DevServer` to build into; both are removed when the value goes away.
final class TestSite: Sendable {
    static let files = [
        "content/site.yml": "title: Test site\nbase_url: https://example.org/\n",
        "content/posts/first/index.md": "---\ntitle: First post\ndate: 2018-05-24\ntags: [news]\n---\n\nCall *now*.\n",
        "content/posts/first/comments.yml": "- id: 1\n  author: Ann\n  body: First comment.\n",
        "content/posts/second/index.md": "---\ntitle: Second post\ndate: 2018-06-01\n---\n\nWrite *today*.\n",
    ]

    /// The site folder, holding `content/` and `templates/`.
    let root: String
    /// The folder the server builds into.
    let output: String

    init(_ files: [String: String] = TestSite.files) throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("placard-dev-\(UUID().uuidString)")
        root = parent.appendingPathComponent("site").path
        output = parent.appendingPathComponent("out").path
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repository + "/templates", toPath: root + "/templates")
        for (path, text) in files { try write(text, to: path) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent)
    }

    /// Writes a file of the site the way an editor saves: to a new file, then renamed over the old one.
    func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    /// Writes a file of the site in place, as editors write their swap and backup files.
    func writeInPlace(_ text: String, to path: String) {
        _ = FileManager.default.createFile(atPath: root + "/" + path, contents: Data(text.utf8))
    }

    /// Removes a file or folder of the site.
    func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + path)
    }

    /// A file the server wrote.
    func built(_ path: String) throws -> String {
        try String(contentsOfFile: output + "/" + path, encoding: .utf8)
    }

    /// A dev server for the site on a free port.
    func server(liveReload: Bool = true, polling: Bool = false, drafts: Bool = false) -> DevServer {
        DevServer(
            options: BuildOptions(source: root, output: output, includeDrafts: drafts),
            host: "127.0.0.1",
            port: 0,
            liveReload: liveReload,
            polling: polling
        )
    }
}

/// What a running `DevServer` reported, read in order by one test.
final class ServerEvents {
    private var iterator: AsyncStream<DevServer.Event>.Iterator
    /// The port the server is listening on.
    private(set) var port = 0
    /// The first build's outcome.
    private(set) var first: DevServer.Event?

    init(_ stream: AsyncStream<DevServer.Event>) {
        iterator = stream.makeAsyncIterator()
    }

    /// Waits for the first build's outcome and the address.
    func serving() async {
        while let event = await iterator.next() {
            switch event {
            case .serving(let url):
                port = Int(url.split(separator: ":").last?.filter(\.isNumber) ?? "") ?? 0
                return
            case .built, .failed: first = event
            case .notice: continue
            }
        }
    }

    /// Waits for the next build's outcome.
    func nextBuild() async -> DevServer.Event? {
        while let event = await iterator.next() {
            if case .notice = event { continue }
            return event
        }
        return nil
    }

    /// Waits for a build that succeeded and changed `path`, skipping others.
    func built(changing path: String) async -> BuildSummary? {
        while let event = await nextBuild() {
            if case .built(let update, _) = event, update.changedFiles.contains(path) { return update }
        }
        return nil
    }

    /// Waits for a build that failed.
    func failed() async -> BuildFailure? {
        while let event = await nextBuild() {
            if case .failed(let failure, _, _) = event { return failure }
        }
        return nil
    }
}

/// Runs a dev server for `site` while `body` runs, then stops it.
func withDevServer(
    _ server: DevServer,
    _ body: (ServerEvents) async throws -> Void
) async throws {
    let (stream, continuation) = AsyncStream.makeStream(of: DevServer.Event.self)
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            try await server.run { continuation.yield($0) }
            continuation.finish()
        }
        let events = ServerEvents(stream)
        await events.serving()
        try await body(events)
        group.cancelAll()
        try? await group.waitForAll()
    }
}
