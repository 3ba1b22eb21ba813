import Foundation
import Hummingbird
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

            let response = try await HTTPProbe.get("/", port: port)
            #expect(response.status == 200)
            #expect(response.body == SiteFolder.index)

            group.cancelAll()
            try await group.waitForAll()
        }
    }
}
