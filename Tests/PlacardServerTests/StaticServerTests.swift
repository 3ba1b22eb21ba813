import Foundation
import Hummingbird
import NIOCore
import Testing

@testable import PlacardServer

@Suite struct StaticServerTests {
    let site: SiteFolder
    let app: any ApplicationProtocol

    init() throws {
        site = try SiteFolder()
        app = StaticServer(root: site.root.path).makeApplication()
    }

    @Test func servesIndexHtmlAtRoot() async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(String(buffer: response.body) == SiteFolder.index)
        }
    }

    @Test func servesFolderIndexHtml() async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: "/posts/a/", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == SiteFolder.post)
        }
    }

    @Test func redirectsFolderWithoutTrailingSlash() async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: "/posts/a", method: .get)
            #expect(response.status == .movedPermanently)
            #expect(response.headers[.location] == "/posts/a/")
        }
    }

    @Test func answersMissingPathWithNotFoundPage() async throws {
        try await app.withLiveServer { client in
            for uri in ["/missing", "/posts/b/", "/assets/", "/assets/missing.css", "/index.html/"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                #expect(String(buffer: response.body) == SiteFolder.notFound, "\(uri)")
            }
        }
    }

    @Test func answersMissingPathBelowALanguageFolderWithThatLanguagesNotFoundPage() async throws {
        let site = try SiteFolder()
        let spanish = "<!doctype html><title>No está</title><p>página 404 en español</p>\n"
        try site.write(spanish, to: "es/404.html")
        try site.write("<!doctype html><p>inicio</p>\n", to: "es/index.html")
        try await StaticServer(root: site.root.path).makeApplication().withLiveServer { client in
            for (uri, page) in [
                ("/es/missing/", spanish), ("/es/posts/x/", spanish), ("/missing", SiteFolder.notFound),
                ("/zz/missing", SiteFolder.notFound), ("/posts/missing/", SiteFolder.notFound),
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                #expect(String(buffer: response.body) == page, "\(uri)")
            }
        }
        #expect(NotFoundPage<BasicRequestContext>.languagePage("/pt-BR/a") == "/pt-BR/404.html")
        #expect(NotFoundPage<BasicRequestContext>.languagePage("/es") == nil)
        #expect(NotFoundPage<BasicRequestContext>.languagePage("/posts/a/") == nil)
    }

    @Test func answersMissingPathWithPlainTextWithoutNotFoundPage() async throws {
        let site = try SiteFolder(withNotFoundPage: false)
        try await StaticServer(root: site.root.path).makeApplication().withLiveServer { client in
            let response = try await client.execute(uri: "/missing", method: .get)
            #expect(response.status == .notFound)
            #expect(String(buffer: response.body) == "Not found\n")
        }
    }

    @Test(arguments: [
        ("/assets/style.css", "text/css; charset=utf-8"),
        ("/feed.xml", "application/xml"),
        ("/assets/dot.png", "image/png"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/404.html", "text/html; charset=utf-8"),
        ("/assets/logo.svg", "image/svg+xml"),
        ("/assets/photo.jpg", "image/jpeg"),
        ("/assets/font.woff2", "font/woff2"),
        ("/files/flyer.pdf", "application/pdf"),
    ])
    func setsContentType(uri: String, contentType: String) async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == contentType)
        }
    }

    @Test func servesBinaryFilesByteForByte() async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: "/assets/dot.png", method: .get)
            #expect(Array(response.body.readableBytesView) == SiteFolder.png)
        }
    }

    @Test func answersHeadWithHeadersOnly() async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: "/assets/style.css", method: .head)
            #expect(response.status == .ok)
            #expect(response.headers[.contentLength] == String(SiteFolder.css.utf8.count))
            #expect(response.headers[.contentType] == "text/css; charset=utf-8")
            #expect(response.headers[.eTag] != nil)
            #expect(response.body.readableBytes == 0)

            let missing = try await client.execute(uri: "/missing", method: .head)
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentLength] == String(SiteFolder.notFound.utf8.count))
            #expect(missing.body.readableBytes == 0)
        }
    }

    @Test func answersMatchingETagWithNotModified() async throws {
        try await app.withLiveServer { client in
            let first = try await client.execute(uri: "/assets/style.css", method: .get)
            #expect(first.headers[.cacheControl] == "no-cache")
            let eTag = try #require(first.headers[.eTag])
            let second = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: eTag])
            #expect(second.status == .notModified)
            #expect(second.body.readableBytes == 0)
        }
    }

    @Test func changesETagWhenFileIsRewritten() async throws {
        try await app.withLiveServer { client in
            let first = try await client.execute(uri: "/assets/style.css", method: .get)
            let eTag = try #require(first.headers[.eTag])
            try await Task.sleep(for: .milliseconds(20))
            try site.write(SiteFolder.css.uppercased(), to: "assets/style.css")  // same size, same second
            let second = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: eTag])
            #expect(second.status == .ok)
            #expect(String(buffer: second.body) == SiteFolder.css.uppercased())
        }
    }

    @Test func answersRangeWithPartialContent() async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(
                uri: "/assets/style.css", method: .get, headers: [.range: "bytes=0-3"])
            #expect(response.status == .partialContent)
            #expect(response.headers[.contentRange] == "bytes 0-3/\(SiteFolder.css.utf8.count)")
            #expect(String(buffer: response.body) == "body")
        }
    }

    @Test(arguments: ["bytes=-4", "bytes=0-1,4-5", "items=0-1", "bytes=3-1", "bytes=x-"])
    func answersRangeItCannotServeExactlyWithWholeFile(range: String) async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.range: range])
            #expect(response.status == .ok)
            #expect(response.headers[.contentRange] == nil)
            #expect(String(buffer: response.body) == SiteFolder.css)
        }
    }

    @Test func answersRangePastTheEndWithRangeNotSatisfiable() async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(
                uri: "/assets/style.css", method: .get, headers: [.range: "bytes=5000-"])
            #expect(response.status == .rangeNotSatisfiable)
            #expect(response.headers[.contentRange] == "bytes */\(SiteFolder.css.utf8.count)")
            #expect(response.body.readableBytes == 0)
        }
    }

    @Test func refusesMethodsOtherThanGetAndHead() async throws {
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: "/index.html", method: .post)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET, HEAD")
        }
    }

    @Test func reportsBoundPortToOnServerRunning() async throws {
        let reported = ReportedPort()
        let app = StaticServer(root: site.root.path).makeApplication { await reported.set($0) }
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(await reported.port == client.port)
        }
    }

    @Test func bindsLoopbackUnlessToldOtherwise() {
        #expect(StaticServer(root: "public").host == "127.0.0.1")
        #expect(StaticServer(root: "public", host: "0.0.0.0").host == "0.0.0.0")
    }

    @Test func formatsUrlForPort() {
        #expect(StaticServer(root: "public").url(port: 8000) == "http://127.0.0.1:8000/")
        #expect(StaticServer(root: "public", host: "::1").url(port: 4000) == "http://[::1]:4000/")
    }
}
