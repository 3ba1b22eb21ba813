import Foundation
import Hummingbird
import NIOCore
import Placard
import PlacardServer
import Testing

/// With live reload on, pages get the reload script (allowed by their policy through a nonce) and, while a build
/// fails, the error overlay; everything else is sent as the build wrote it.
@Suite struct LivePageServerTests {
    static let policy =
        "default-src 'none'; script-src 'none'; object-src 'none'; style-src 'self'; img-src 'self'; "
        + "base-uri 'none'; form-action 'none'"
    static let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(policy)">
        <title>Post</title>
        </head>
        <body class="post">
        <p>Café &amp; more</p>
        </body>
        </html>

        """

    let site: SiteFolder
    let reload = LiveReload()
    let app: any ApplicationProtocol

    init() throws {
        site = try SiteFolder()
        try site.write(Self.page, to: "posts/p/index.html")
        reload.siteBuilt(changedFiles: [])
        app = StaticServer(root: site.root.path, reload: reload).makeApplication()
    }

    @Test func pagesGetTheReloadScriptWithANonceTheirPolicyAllows() async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: "/posts/p/", method: .get)
            #expect(response.status == .ok)
            let body = String(buffer: response.body)
            let nonce = try #require(Self.nonce(in: body))
            #expect(body.contains("script-src 'nonce-\(nonce)';"))
            #expect(body.contains("connect-src 'self'"))
            #expect(body.contains("<script nonce=\"\(nonce)\">"))
            #expect(body.contains("new EventSource(\"/_placard/events\")"))
            #expect(response.headers[.contentLength] == String(response.body.readableBytes))
        }
    }

    @Test func everyOtherByteOfAPageIsAsBuilt() async throws {
        try await app.withLiveServer { client in
            let body = String(buffer: try await client.execute(uri: "/posts/p/index.html", method: .get).body)
            let nonce = try #require(Self.nonce(in: body))
            let script = try #require(
                body.range(
                    of: "<script nonce=\"\(NSRegularExpression.escapedPattern(for: nonce))\">[\\s\\S]*?</script>\n",
                    options: .regularExpression))
            var restored = body.replacingCharacters(in: script, with: "")
            restored = restored.replacingOccurrences(
                of: "script-src 'nonce-\(nonce)'", with: "script-src 'none'"
            ).replacingOccurrences(of: "; connect-src 'self'", with: "")
            #expect(restored == Self.page)
        }
    }

    @Test func eachResponseHasANonceOfItsOwn() async throws {
        try await app.withLiveServer { client in
            let first = String(buffer: try await client.execute(uri: "/posts/p/", method: .get).body)
            let second = String(buffer: try await client.execute(uri: "/posts/p/", method: .get).body)
            #expect(Self.nonce(in: first) != nil && Self.nonce(in: first) != Self.nonce(in: second))
        }
    }

    @Test(arguments: ["/assets/style.css", "/feed.xml", "/assets/dot.png", "/robots.txt", "/files/flyer.pdf"])
    func filesOtherThanPagesAreSentAsBuilt(uri: String) async throws {
        let plain = StaticServer(root: site.root.path).makeApplication()
        let expected = try await plain.withLiveServer { try await $0.execute(uri: uri, method: .get) }
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .ok)
            #expect(response.body == expected.body)
            #expect(response.headers[.eTag] == expected.headers[.eTag])
            #expect(response.headers[.contentType] == expected.headers[.contentType])
        }
    }

    @Test func headOfAPageHasTheHeadersOfItsGet() async throws {
        try await app.withLiveServer { client in
            let get = try await client.execute(uri: "/posts/p/", method: .get)
            let head = try await client.execute(uri: "/posts/p/", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == get.headers[.contentLength])
            #expect(head.headers[.eTag] == get.headers[.eTag])
            #expect(head.headers[.contentType] == "text/html; charset=utf-8")
        }
    }

    @Test func pageIsNotModifiedUntilTheSiteChanges() async throws {
        try await app.withLiveServer { client in
            let first = try await client.execute(uri: "/posts/p/", method: .get)
            let eTag = try #require(first.headers[.eTag])
            #expect(eTag.hasPrefix("W/\""))
            #expect(first.headers[.lastModified] == nil)
            let again = try await client.execute(uri: "/posts/p/", method: .get, headers: [.ifNoneMatch: eTag])
            #expect(again.status == .notModified)
            #expect(again.headers[.eTag] == eTag)

            reload.siteBuilt(changedFiles: ["posts/other/index.html"])
            let after = try await client.execute(uri: "/posts/p/", method: .get, headers: [.ifNoneMatch: eTag])
            #expect(after.status == .ok)
            #expect(after.headers[.eTag] != eTag)
        }
    }

    @Test func aPageIsNotModifiedForTheFilesOwnTagAlone() async throws {
        let plain = StaticServer(root: site.root.path).makeApplication()
        let fileTag = try await plain.withLiveServer { try await $0.execute(uri: "/posts/p/", method: .get) }
            .headers[.eTag]
        try await app.withLiveServer { client in
            let response = try await client.execute(
                uri: "/posts/p/", method: .get, headers: [.ifNoneMatch: try #require(fileTag)])
            #expect(response.status == .ok, "a cached copy without the script must not be reused")
            #expect(String(buffer: response.body).contains("<script nonce="))
        }
    }

    @Test func rangeOfAPageGetsTheWholePage() async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: "/posts/p/", method: .get, headers: [.range: "bytes=0-9"])
            #expect(response.status == .ok)
            #expect(response.headers[.contentRange] == nil)
            #expect(String(buffer: response.body).hasSuffix("</html>\n"))
        }
    }

    @Test func rangeOfOtherFilesStillWorks() async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(
                uri: "/assets/style.css", method: .get, headers: [.range: "bytes=0-3"])
            #expect(response.status == .partialContent)
            #expect(String(buffer: response.body) == "body")
        }
    }

    @Test func notFoundPageGetsTheScriptAndKeepsStatus404() async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: "/posts/missing/", method: .get)
            #expect(response.status == .notFound)
            let body = String(buffer: response.body)
            #expect(body.hasPrefix(SiteFolder.notFound))
            #expect(body.contains("const own = [path, \"404.html\"];"))
        }
    }

    @Test func failedBuildPutsTheOverlayOnEveryPage() async throws {
        let source = "title: <b>\"x\" & 'y'</b>"
        reload.buildFailed(
            BuildFailure([
                Diagnostic(
                    "expected a date for 'date'",
                    at: SourceLocation(path: "content/posts/p/index.md", line: 3, column: 7),
                    sourceLine: source)
            ]))
        try await app.withLiveServer { client in
            for uri in ["/posts/p/", "/", "/posts/missing/"] {
                let body = String(buffer: try await client.execute(uri: uri, method: .get).body)
                #expect(body.contains("<div id=\"placard-overlay\" role=\"alert\""), "\(uri)")
                #expect(body.contains("content/posts/p/index.md:3:7"), "\(uri)")
                #expect(body.contains("title: &lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;\n      ^"), "\(uri)")
            }
            let page = String(buffer: try await client.execute(uri: "/posts/p/", method: .get).body)
            let nonce = try #require(Self.nonce(in: page))
            #expect(page.contains("style-src 'self' 'nonce-\(nonce)'"))
            #expect(page.contains("<style nonce=\"\(nonce)\">"))
            #expect(page.contains("<body class=\"post\"><div id=\"placard-overlay\""))
            #expect(page.contains("<p>Café &amp; more</p>"), "the last good page is still there")
        }
        reload.siteBuilt(changedFiles: [])
        try await app.withLiveServer { client in
            let page = String(buffer: try await client.execute(uri: "/posts/p/", method: .get).body)
            #expect(!page.contains("id=\"placard-overlay\""))
        }
    }

    @Test func beforeTheFirstBuildEveryRequestGetsAPageThatWaits() async throws {
        let app = StaticServer(root: site.root.path, reload: LiveReload()).makeApplication()
        try await app.withLiveServer { client in
            for uri in ["/", "/assets/style.css"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .serviceUnavailable)
                #expect(String(buffer: response.body).contains("Building the site…"))
            }
        }
    }

    @Test func eventEndpointSendsHelloThenChangedFiles() async throws {
        try await app.withLiveServer { client in
            let stream = try HTTPProbe(port: client.port)
            stream.send("GET", "/_placard/events")
            let hello = try await stream.read { $0.contains("event: hello") }
            #expect(hello.lowercased().contains("content-type: text/event-stream"))
            reload.siteBuilt(changedFiles: ["posts/p/index.html"])
            let change = try await stream.read { $0.contains("event: change") }
            #expect(change.contains("\"paths\":[\"posts/p/index.html\"]"))
            #expect(change.contains("\"all\":false"))
        }
    }

    @Test func eventStreamEndsWhenTheServerStops() async throws {
        let server = StaticServer(root: site.root.path, port: 0, reload: reload)
        let (ports, reported) = AsyncStream.makeStream(of: Int.self)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run { reported.yield($0) } }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            let stream = try HTTPProbe(port: port)
            stream.send("GET", "/_placard/events")
            try await stream.read { $0.contains("event: hello") }
            #expect(reload.listenerCount >= 1)
            group.cancelAll()
            try? await group.waitForAll()
        }
        // Reaching here means the open stream did not keep the server running.
    }

    private static func nonce(in page: String) -> String? {
        guard let start = page.range(of: "<script nonce=\"") else { return nil }
        return String(page[start.upperBound...].prefix { $0 != "\"" })
    }
}
