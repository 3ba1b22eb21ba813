import Foundation
import Hummingbird
import NIOCore
import Testing

@testable import PlacardServer

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

    /// With and without live reload, whose pages and event endpoint sit behind the same guard. Sent as raw bytes; a
    /// path the HTTP parser itself turns away (a raw backslash) never reaches the server, and the guard would refuse
    /// it too.
    @Test(arguments: attacks, [false, true])
    func refusesPathOutsideRoot(uri: String, liveReload: Bool) async throws {
        let reload = LiveReload()
        reload.siteBuilt(changedFiles: [])
        let app = liveReload ? StaticServer(root: site.root.path, reload: reload).makeApplication() : self.app
        try await app.withLiveServer { client in
            for method in [HTTPRequest.Method.get, .head] {
                guard let response = try? await client.execute(uri: uri, method: method) else {
                    #expect(!RequestPathGuard<BasicRequestContext>().isAllowed(uri), "\(method) \(uri)")
                    continue
                }
                #expect([.badRequest, .notFound].contains(response.status), "\(method) \(uri)")
                #expect(!String(buffer: response.body).contains(SiteFolder.secret), "\(method) \(uri)")
            }
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.status == .ok)
        }
    }

    @Test func neverRedirectsToAnotherHost() async throws {
        try await app.withLiveServer { client in
            for uri in ["//assets", "//posts/a", "/%2fassets", "///assets"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.headers[.location] == nil, "\(uri)")
            }
        }
    }

    @Test func followsSymbolicLinkThatStaysInside() async throws {
        try site.link("posts/latest", to: site.root.appendingPathComponent("posts/a"))
        try await app.withLiveServer { client in
            let response = try await client.execute(uri: "/posts/latest/", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == SiteFolder.post)
        }
    }

    @Test func servesFileNamesThatNeedPercentEncoding() async throws {
        try site.write("spaced\n", to: "files/a b.txt")
        try site.write("accented\n", to: "files/café.txt")
        try await app.withLiveServer { client in
            let spaced = try await client.execute(uri: "/files/a%20b.txt", method: .get)
            #expect(String(buffer: spaced.body) == "spaced\n")
            let accented = try await client.execute(uri: "/files/caf%C3%A9.txt", method: .get)
            #expect(String(buffer: accented.body) == "accented\n")
        }
    }
}
