import Foundation
import Testing

/// `placard serve` as a user runs it: the real binary, a temp site, a real socket.
@Suite(.timeLimit(.minutes(2))) struct ServeCommandTests {
    static let site = [
        "content/site.yml": "title: Test site\nbase_url: https://example.org/\n",
        "content/posts/first/index.md": "---\ntitle: First post\ndate: 2018-05-24\n---\n\nCall *now*.\n",
        "content/posts/draft/index.md": "---\ntitle: Draft post\ndate: 2018-06-01\ndraft: true\n---\n\nNot yet.\n",
    ]

    @Test func portZeroPrintsTheBoundURLAndBuildsForIt() throws {
        let root = try makeSite(Self.site)
        let server = try ServeProcess([], in: root)
        let port = try server.port()
        #expect(port > 0)
        #expect(server.output.stdout.contains("Serving . at http://127.0.0.1:\(port)/ (Ctrl-C stops)"))
        let page = try serveRequest("/", port: port)
        #expect(page.status == 200)
        #expect(page.body.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:\(port)/\">"))
        #expect(page.body.contains("<script nonce="))
        #expect(server.interrupt() == 0)
        #expect(!exists(root, "public"), "serve never writes public/")
    }

    @Test func noReloadServesPagesExactlyAsBuildWritesThem() throws {
        let root = try makeSite(Self.site)
        let server = try ServeProcess(["--no-reload"], in: root)
        let port = try server.port()
        let page = try serveRequest("/posts/first/", port: port)
        #expect(!page.body.contains("<script nonce"))
        let build = try PlacardProcess.run(
            ["build", "--output", "built", "--base-url", "http://127.0.0.1:\(port)/"], in: root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(page.body == (try read(root, "built/posts/first/index.html")))
        #expect(try serveRequest("/_placard/events", port: port).status == 404)
        #expect(server.interrupt() == 0)
    }

    @Test func draftsAreServedOnlyWithTheDraftsFlag() throws {
        let root = try makeSite(Self.site)
        let plain = try ServeProcess([], in: root)
        #expect(try serveRequest("/posts/draft/", port: try plain.port()).status == 404)
        #expect(plain.interrupt() == 0)
        let drafts = try ServeProcess(["--drafts"], in: root)
        #expect(try serveRequest("/posts/draft/", port: try drafts.port()).status == 200)
        #expect(drafts.interrupt() == 0)
    }

    @Test func ctrlCStopsTheServerWhileAPageListensForReloads() throws {
        let root = try makeSite(Self.site)
        let server = try ServeProcess([], in: root)
        let port = try server.port()
        let listening = Thread {
            _ = try? serveRequest("/_placard/events", port: port, timeout: 60) { _ in false }
        }
        listening.start()
        _ = try serveRequest("/_placard/events", port: port) { $0.contains("event: hello") }
        #expect(server.interrupt() == 0, "the server must stop even with an event stream open")
    }

    @Test func savedPostIsRebuiltAndBrokenOneIsReportedLikeBuildDoes() throws {
        let root = try makeSite(Self.site)
        let server = try ServeProcess([], in: root)
        let port = try server.port()
        try "---\ntitle: First post\ndate: 2018-02-30\n---\n\nCall later.\n".write(
            toFile: root + "/content/posts/first/index.md", atomically: true, encoding: .utf8)
        let deadline = Date().addingTimeInterval(60)
        while !server.output.stderr.contains("nothing was written") && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(
            server.output.stderr.contains(
                """
                content/posts/first/index.md:3:7: error: 'date' is 2018-02-30, which does not exist; check the month, day and time
                date: 2018-02-30
                      ^
                1 error: nothing was written
                """))
        let page = try serveRequest("/posts/first/", port: port)
        #expect(page.status == 200, "the server keeps running")
        #expect(page.body.contains("content/posts/first/index.md:3:7"))
        #expect(server.interrupt() == 0)
    }
}
