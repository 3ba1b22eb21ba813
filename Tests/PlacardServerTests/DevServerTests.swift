import Foundation
import Placard
import PlacardServer
import Testing

/// `placard serve` end to end, in process: build, serve, watch, rebuild, tell open pages, show errors.
@Suite(.timeLimit(.minutes(2))) struct DevServerTests {
    @Test func savedCommentReachesTheOpenPageThroughTheEventStream() async throws {
        let site = try TestSite()
        try await withDevServer(site.server()) { events in
            let stream = try HTTPProbe(port: events.port)
            stream.send("GET", "/_placard/events")
            let hello = try await stream.read { $0.contains("event: hello") }
            #expect(
                hello.contains("content-type: text/event-stream") || hello.contains("Content-Type: text/event-stream"))

            try site.write(
                "- id: 1\n  author: Ann\n  body: An edited comment.\n", to: "content/posts/first/comments.yml")
            let text = try await stream.read { $0.contains("\"posts/first/index.html\"") }
            #expect(text.contains("event: change"))
            let page = try await HTTPProbe.get("/posts/first/", port: events.port)
            #expect(page.body.contains("An edited comment."))
        }
    }

    @Test func brokenSaveShowsOverlayOverLastGoodPageAndNextGoodSaveClearsIt() async throws {
        let site = try TestSite()
        try await withDevServer(site.server()) { events in
            let stream = try HTTPProbe(port: events.port)
            stream.send("GET", "/_placard/events")
            try await stream.read { $0.contains("event: hello") }

            try site.write(
                "---\ntitle: First post\ndate: 2018-02-30\n---\n\nCall later.\n", to: "content/posts/first/index.md")
            let failure = try #require(await events.failed())
            #expect(failure.diagnostics.first?.location?.description == "content/posts/first/index.md:3:7")
            try await stream.read { $0.contains("\"all\":true") }

            let broken = try await HTTPProbe.get("/posts/first/", port: events.port)
            #expect(broken.status == 200)
            #expect(broken.body.contains("id=\"placard-overlay\""))
            #expect(broken.body.contains("content/posts/first/index.md:3:7</code>"))
            #expect(broken.body.contains("<pre>date: 2018-02-30\n      ^</pre>"))
            #expect(broken.body.contains("Call <em>now</em>."), "the last good page stays under the overlay")
            let home = try await HTTPProbe.get("/", port: events.port)
            #expect(home.body.contains("id=\"placard-overlay\""), "every page shows the errors")

            try site.write(
                "---\ntitle: First post\ndate: 2018-02-28\n---\n\nCall later.\n", to: "content/posts/first/index.md")
            _ = try #require(await events.built(changing: "posts/first/index.html"))
            let fixed = try await HTTPProbe.get("/posts/first/", port: events.port)
            #expect(!fixed.body.contains("id=\"placard-overlay\""))
            #expect(fixed.body.contains("Call later."))
        }
    }

    @Test func overlayEscapesWhatTheContentSays() async throws {
        let site = try TestSite()
        try await withDevServer(site.server()) { events in
            let attack = "<img src=x onerror=alert(1)>"
            try site.write(
                "---\ntitle: First post\ndate: \(attack)\n---\n\nCall.\n", to: "content/posts/first/index.md")
            _ = try #require(await events.failed())
            let page = try await HTTPProbe.get("/posts/first/", port: events.port)
            #expect(page.body.contains("id=\"placard-overlay\""))
            #expect(!page.body.contains(attack))
            #expect(page.body.contains("&lt;img src=x onerror=alert(1)&gt;"))
        }
    }

    @Test func failedFirstBuildServesTheErrorsUntilAGoodSave() async throws {
        var files = TestSite.files
        files["content/posts/first/index.md"] = "---\ntitle: First post\n---\n\nNo date.\n"
        let site = try TestSite(files)
        try await withDevServer(site.server()) { events in
            guard case .failed = events.first else {
                Issue.record("the first build should fail")
                return
            }
            let page = try await HTTPProbe.get("/", port: events.port)
            #expect(page.status == 503)
            #expect(page.body.contains("The site could not be built: 1 error."))
            #expect(page.body.contains("content/posts/first/index.md:1:1"))

            try site.write(TestSite.files["content/posts/first/index.md"]!, to: "content/posts/first/index.md")
            _ = try #require(await events.built(changing: "index.html"))
            let fixed = try await HTTPProbe.get("/", port: events.port)
            #expect(fixed.status == 200)
            #expect(fixed.body.contains("First post"))
            #expect(!fixed.body.contains("id=\"placard-overlay\""))
        }
    }

    @Test func deletedPostsVanishAndNewFoldersAreWatched() async throws {
        let site = try TestSite()
        try await withDevServer(site.server()) { events in
            try site.remove("content/posts/second")
            _ = try #require(await events.built(changing: "posts/second/index.html"))
            #expect(try await HTTPProbe.get("/posts/second/", port: events.port).status == 404)

            try site.write(
                "---\ntitle: Third post\ndate: 2018-07-01\n---\n\nNew.\n", to: "content/posts/third/index.md")
            _ = try #require(await events.built(changing: "posts/third/index.html"))
            try site.write("- id: 1\n  body: In a new folder.\n", to: "content/posts/third/comments.yml")
            _ = try #require(await events.built(changing: "posts/third/index.html"))
            #expect(try await HTTPProbe.get("/posts/third/", port: events.port).body.contains("In a new folder."))
        }
    }

    @Test func templateChangeRebuildsThePagesThatUseIt() async throws {
        let site = try TestSite()
        let template = try String(contentsOfFile: site.root + "/templates/post.mustache", encoding: .utf8)
        try await withDevServer(site.server()) { events in
            try site.write(template + "<!-- edited template -->\n", to: "templates/post.mustache")
            _ = try #require(await events.built(changing: "posts/first/index.html"))
            #expect(try site.built("posts/second/index.html").contains("edited template"))
        }
    }

    @Test func buildsForTheAddressItListensOn() async throws {
        let site = try TestSite()
        try await withDevServer(site.server()) { events in
            #expect(events.port != 0)
            let page = try await HTTPProbe.get("/", port: events.port)
            #expect(page.body.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:\(events.port)/\">"))
        }
    }

    @Test func withoutReloadSendsPagesAsBuiltAndHasNoEventEndpoint() async throws {
        let site = try TestSite()
        try await withDevServer(site.server(liveReload: false)) { events in
            let page = try await HTTPProbe.get("/posts/first/", port: events.port)
            #expect(page.body == (try site.built("posts/first/index.html")))
            #expect(!page.body.contains("<script nonce"))
            #expect(try await HTTPProbe.get("/_placard/events", port: events.port).status == 404)
        }
    }

    @Test func editorSwapFilesDoNotRebuild() async throws {
        let site = try TestSite()
        try await withDevServer(site.server()) { events in
            for name in [".index.md.swp", "index.md~", "4913", ".#index.md"] {
                site.writeInPlace("not yaml: [", to: "content/posts/first/\(name)")
            }
            try site.write("- id: 1\n  body: After the swap files.\n", to: "content/posts/first/comments.yml")
            let event = await events.nextBuild()
            guard case .built(_, let sources) = event else {
                Issue.record("expected a rebuild, got \(String(describing: event))")
                return
            }
            #expect(sources.allSatisfy { !$0.contains("swp") && !$0.hasSuffix("~") && !$0.hasSuffix("4913") })
        }
    }
}
