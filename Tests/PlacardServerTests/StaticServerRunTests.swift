import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import PlacardServer
import Testing

/// `StaticServer.run` binds, reports its port, serves, and returns once cancelled.
@Suite struct StaticServerRunTests {
    @Test(.timeLimit(.minutes(1)))
    func runServesOnReportedPortUntilCancelled() async throws {
        let site = try SiteFolder()
        let server = StaticServer(root: site.root.path, port: 0)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await server.run { continuation.yield($0) }
                continuation.finish()
            }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            #expect(port > 0)

            let client = TestClient(host: "127.0.0.1", port: port)
            client.connect()
            let response = try await client.execute(TestClient.Request("/", method: .get, authority: "localhost"))
            try await client.shutdown()
            #expect(response.status == .ok)
            #expect(response.body.map { String(buffer: $0) } == SiteFolder.index)

            group.cancelAll()
            try await group.waitForAll()
        }
    }
}
