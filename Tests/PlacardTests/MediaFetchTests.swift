import Foundation
import Testing

@testable import Placard
@testable import PlacardImport

/// `--fetch-media`'s downloads, against a server on 127.0.0.1: what is kept, and why the rest is not.
@Suite struct MediaFetchTests {
    static let settings = MediaFetcher.Settings(
        concurrency: 3, timeout: 1, totalTimeout: 10, attempts: 2, retryDelay: 0.05, maxBytes: 1_000)

    @Test func keepsWhatFitsAndSaysWhyItLeftTheRestOut() throws {
        let server = try LoopbackServer(routes: [
            "/a.jpg": .init(body: Data("JPEG a".utf8)),
            "/streamed.jpg": .init(body: Data("JPEG b".utf8), sendsLength: false),
            "/report.pdf": .init(type: "application/pdf", body: Data("%PDF-1.4".utf8)),
            "/flaky.jpg": .init(body: Data("JPEG c".utf8), failuresFirst: 1),
            "/slow.jpg": .init(delay: 3),
            "/big.jpg": .init(body: Data(repeating: 7, count: 5_000)),
            "/big-streamed.jpg": .init(body: Data(repeating: 7, count: 5_000), sendsLength: false),
            "/login.jpg": .init(type: "text/html; charset=utf-8", body: Data("<form>".utf8)),
            "/down.jpg": .init(failuresFirst: 5),
        ])
        defer { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placard-fetch-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names = [
            "a.jpg", "streamed.jpg", "report.pdf", "flaky.jpg", "slow.jpg", "big.jpg", "big-streamed.jpg",
            "login.jpg", "down.jpg", "missing.jpg",
        ]
        let requests = names.map { name in
            MediaFetcher.Request(
                url: server.base + "/" + name, destination: folder + "/" + name,
                kind: name.hasSuffix(".pdf") ? .document : .image)
        }
        // The timeouts are checked by the reasons below ("did not answer within 1 s (after 2 tries)"), not by a clock.
        let results = MediaFetcher(settings: Self.settings).fetch(requests)
        var outcome: [String: String] = [:]
        for (name, result) in zip(names, results) {
            switch result {
            case .success: outcome[name] = "ok"
            case .failure(let failure): outcome[name] = failure.reason
            }
        }
        #expect(
            outcome == [
                "a.jpg": "ok", "streamed.jpg": "ok", "report.pdf": "ok", "flaky.jpg": "ok",
                "slow.jpg": "the server did not answer within 1 s (after 2 tries)",
                "big.jpg": "it has 5000 bytes, more than the 1000 allowed",
                "big-streamed.jpg": "it has more than the 1000 bytes allowed",
                "login.jpg": "the server sent text/html, not an image",
                "down.jpg": "the server answered 503 (after 2 tries)",
                "missing.jpg": "the server answered 404",
            ])
        #expect(try String(contentsOfFile: folder + "/a.jpg", encoding: .utf8) == "JPEG a")
        #expect(try String(contentsOfFile: folder + "/streamed.jpg", encoding: .utf8) == "JPEG b")
        #expect(try String(contentsOfFile: folder + "/flaky.jpg", encoding: .utf8) == "JPEG c")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == ["a.jpg", "flaky.jpg", "report.pdf", "streamed.jpg"])
        // A 404 is final; a 503 is tried again.
        #expect(server.requests.filter { $0 == "/missing.jpg" }.count == 1)
        #expect(server.requests.filter { $0 == "/down.jpg" }.count == 2)
    }

    @Test func followsRedirectsOnlyToHTTPAndOnlyFiveOfThem() throws {
        var routes: [String: LoopbackServer.Route] = [
            "/moved.jpg": .init(status: 301, type: "text/html", body: Data("<a>moved</a>".utf8), location: "/a.jpg"),
            "/a.jpg": .init(body: Data("JPEG a".utf8)),
            "/to-file.jpg": .init(status: 302, type: "text/html", location: "file:///etc/hostname"),
            "/loop-0.jpg": .init(status: 307, location: "/loop-1.jpg"),
        ]
        for hop in 1...6 { routes["/loop-\(hop).jpg"] = .init(status: 307, location: "/loop-\(hop + 1).jpg") }
        routes["/loop-4.jpg"]?.location = "/a.jpg"
        routes["/far-0.jpg"] = .init(status: 308, location: "/far-1.jpg")
        for hop in 1...6 { routes["/far-\(hop).jpg"] = .init(status: 308, location: "/far-\(hop + 1).jpg") }
        let server = try LoopbackServer(routes: routes)
        defer { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placard-fetch-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names = ["moved.jpg", "to-file.jpg", "loop-0.jpg", "far-0.jpg"]
        let results = MediaFetcher(settings: Self.settings).fetch(
            names.map {
                MediaFetcher.Request(url: server.base + "/" + $0, destination: folder + "/" + $0, kind: .image)
            })
        let outcome = zip(names, results).map { name, result in
            switch result {
            case .success:
                return name + ": " + ((try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? "")
            case .failure(let failure): return name + ": " + failure.reason
            }
        }
        #expect(
            outcome == [
                "moved.jpg: JPEG a", "to-file.jpg: the server redirected it to file:///etc/hostname",
                // Five redirects are followed; a sixth stops the download.
                "loop-0.jpg: JPEG a", "far-0.jpg: the server redirected it to \(server.base)/far-6.jpg",
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["loop-0.jpg", "moved.jpg"])
    }

    @Test func withoutLibcurlTheImportStopsBeforeItReadsAnythingAndSaysWhatToInstall() throws {
        let site = try TestSite(minimalConfig)
        defer { site.removeAll() }
        var sources = MediaSources(fetch: true)
        sources.fetcher.libraries = ["/nonexistent/libcurl.so.4"]
        let before = site.contentSnapshot()
        let error = #expect(throws: Diagnostic.self) {
            try WordPressImporter(content: site.root + "/content", media: sources).run(site.root + "/missing.xml")
        }
        #expect(
            error?.message
                == "--fetch-media downloads with libcurl, which could not be loaded (/nonexistent/libcurl.so.4: "
                + "cannot open shared object file: No such file or directory); install it (Debian and Ubuntu: "
                + "apt-get install libcurl4; Fedora: dnf install libcurl), or bring the media from a copy of the "
                + "uploads folder with --media DIR")
        #expect(site.contentSnapshot() == before)
    }

    @Test func fetchesOnlyHTTPAndHTTPS() {
        let results = MediaFetcher(settings: Self.settings).fetch([
            MediaFetcher.Request(url: "file:///etc/passwd", destination: "/tmp/never", kind: .image)
        ])
        guard case .failure(let failure) = results.first else {
            Issue.record("a file: URL was fetched")
            return
        }
        #expect(failure.reason == "only http and https addresses are downloaded")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never"))
    }
}
