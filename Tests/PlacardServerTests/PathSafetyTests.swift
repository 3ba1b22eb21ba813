import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import PlacardServer
import Testing

/// Nothing outside the served folder is ever served, whatever the request path.
@Suite struct PathSafetyTests {
    static let attacks = [
        "/../secret.txt",
        "/../../../../etc/passwd",
        "/%2e%2e/secret.txt",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2Fsecret.txt",
        "/posts/..%2f..%2fsecret.txt",
        "/posts/..%2F..%2F..%2Fsecret.txt",
        "/posts/%2e%2e/%2e%2e/secret.txt",
        "/posts/a/../../../secret.txt",
        "/..\\secret.txt",
        "/%5c..%5csecret.txt",
        "/%5C%2e%2e%5Csecret.txt",
        "/index.html%00.png",
        "/%00/../secret.txt",
        "//secret.txt",
        "//etc/passwd",
        "/%2Fetc%2Fpasswd",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/posts/..%5c..%5csecret.txt",
        "/%00",
        "/posts/a/index.html%00",
        "/./secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/%zz",
        "/" + String(repeating: "a/", count: 1000),
        "/" + String(repeating: "a", count: 5000),
        "/link-to-secret.txt",
        "/link-to-parent/secret.txt",
        "/link-to-parent/",
    ]

    let site: SiteFolder
    let app: any ApplicationProtocol

    init() throws {
        site = try SiteFolder()
        try site.link("link-to-secret.txt", to: site.parent.appendingPathComponent("secret.txt"))
        try site.link("link-to-parent", to: site.parent)
        app = StaticServer(root: site.root.path).makeApplication()
    }

    /// With and without live reload, whose pages and event endpoint sit behind the same guard.
    @Test(arguments: attacks, [false, true])
    func refusesPathOutsideRoot(uri: String, liveReload: Bool) async throws {
        let reload = LiveReload()
        reload.siteBuilt(changedFiles: [])
        let app = liveReload ? StaticServer(root: site.root.path, reload: reload).makeApplication() : self.app
        try await app.test(.router) { client in
            for method in [HTTPRequest.Method.get, .head] {
                let response = try await client.execute(uri: uri, method: method)
                #expect([.badRequest, .notFound].contains(response.status), "\(method) \(uri)")
                #expect(!String(buffer: response.body).contains(SiteFolder.secret), "\(method) \(uri)")
            }
        }
    }

    /// Sent as raw bytes; a path the HTTP parser itself rejects (a raw backslash) fails the request, which is fine.
    @Test func refusesPathOutsideRootOverTheNetwork() async throws {
        try await app.test(.live) { client in
            let port = try #require(client.port)
            for uri in Self.attacks {
                guard let response = try? await Self.get(uri, port: port) else { continue }
                #expect([.badRequest, .notFound].contains(response.status), "\(uri)")
                #expect(response.body.map { String(buffer: $0).contains(SiteFolder.secret) } != true, "\(uri)")
            }
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.status == .ok)
        }
    }

    @Test func neverRedirectsToAnotherHost() async throws {
        try await app.test(.router) { client in
            for uri in ["//assets", "//posts/a", "/%2fassets", "///assets"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.headers[.location] == nil, "\(uri)")
            }
        }
    }

    @Test func followsSymbolicLinkThatStaysInside() async throws {
        try site.link("posts/latest", to: site.root.appendingPathComponent("posts/a"))
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/posts/latest/", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == SiteFolder.post)
        }
    }

    @Test func servesFileNamesThatNeedPercentEncoding() async throws {
        try site.write("spaced\n", to: "files/a b.txt")
        try site.write("accented\n", to: "files/café.txt")
        try await app.test(.router) { client in
            let spaced = try await client.execute(uri: "/files/a%20b.txt", method: .get)
            #expect(String(buffer: spaced.body) == "spaced\n")
            let accented = try await client.execute(uri: "/files/caf%C3%A9.txt", method: .get)
            #expect(String(buffer: accented.body) == "accented\n")
        }
    }

    /// Sends one GET on a connection of its own, so a request that makes the server close the connection
    /// does not affect the next one.
    private static func get(_ uri: String, port: Int) async throws -> TestClient.Response {
        let client = TestClient(host: "127.0.0.1", port: port)
        client.connect()
        do {
            let response = try await client.execute(TestClient.Request(uri, method: .get, authority: "localhost"))
            try await client.shutdown()
            return response
        } catch {
            try? await client.shutdown()
            throw error
        }
    }
}
