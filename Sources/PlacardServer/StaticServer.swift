import Foundation
public import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// Serves a build output folder over HTTP, the way a static host would.
///
/// A folder URL serves its `index.html`; a folder URL without its trailing slash is redirected (301) to the URL
/// with it, so relative links in the page resolve as they will once deployed. A missing file gets the folder's
/// `404.html` with status 404. Responses carry `ETag`, `Last-Modified`, `Content-Type` and `Cache-Control:
/// no-cache` (browsers revalidate, so a rebuild shows on reload), and `If-None-Match`, `If-Modified-Since`,
/// `Range` and `HEAD` are honoured. Only `GET` and `HEAD` are answered, and nothing outside the folder is ever
/// served: not through `..`, encoded slashes, backslashes or symbolic links.
///
/// With a `LiveReload`, HTML pages also get the live-reload script (and the error overlay while a build fails) and
/// `/_placard/events` streams rebuilds to them; see `LivePageMiddleware`. Without one, every byte sent is the file's.
///
/// The server only reads the folder; it never writes into it. A value can be used from any task.
public struct StaticServer: Sendable {
    /// The folder served at `/`: absolute, or relative to the working folder when the server starts.
    public let root: String
    /// The address to bind: `127.0.0.1` unless asked otherwise.
    public let host: String
    /// The port to bind; `0` lets the system choose one, reported to `onServerRunning`.
    public let port: Int
    /// The live-reload state, when pages get the live-reload script.
    public let reload: LiveReload?

    /// The longest graceful shutdown waits for open requests before cancelling them.
    static let shutdownGrace: Duration = .seconds(3)

    /// Describes a server; nothing is bound until `run(onServerRunning:)`.
    /// - Parameters:
    ///   - root: The build output folder to serve.
    ///   - host: The address to bind. The default serves this machine only.
    ///   - port: The port to bind, or `0` for any free port.
    ///   - reload: The live-reload state; `nil` sends every file as it is.
    public init(root: String, host: String = "127.0.0.1", port: Int = 8000, reload: LiveReload? = nil) {
        self.root = root
        self.host = host
        self.port = port
        self.reload = reload
    }

    /// Serves until the task is cancelled or the process gets SIGINT (Ctrl-C) or SIGTERM, then shuts down
    /// gracefully: event streams end, open requests finish (for at most `shutdownGrace`), then the call returns.
    /// - Parameter onServerRunning: Called once the socket is bound, with the port actually bound (useful with
    ///   port `0`).
    /// - Throws: When the address cannot be bound (for example, the port is in use).
    public func run(onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }) async throws {
        var configuration = ServiceGroupConfiguration(
            services: [makeApplication(onServerRunning: onServerRunning)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Self.makeLogger()
        )
        configuration.maximumGracefulShutdownDuration = Self.shutdownGrace
        try await ServiceGroup(configuration: configuration).run()
    }

    /// Builds the Hummingbird application that `run(onServerRunning:)` runs, for tests or for running inside a
    /// larger service group.
    /// - Parameter onServerRunning: Called once the socket is bound, with the port actually bound.
    /// - Returns: An application bound to `host` and `port` when run.
    public func makeApplication(
        onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let port = self.port
        return Application(
            router: makeRouter(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: Self.makeLogger()
        )
    }

    /// The URL a browser opens to reach the server on `port`, such as `http://127.0.0.1:8000/`.
    /// - Parameter port: The port actually bound, as reported to `onServerRunning`.
    /// - Returns: The root URL, with an IPv6 host in brackets.
    public func url(port: Int) -> String {
        let host = self.host.contains(":") ? "[\(self.host)]" : self.host
        return "http://\(host):\(port)/"
    }

    /// A logger that stays quiet below warnings (the caller reports the address), unless `LOG_LEVEL` says
    /// otherwise, as it does for Hummingbird's own default logger.
    static func makeLogger() -> Logger {
        var logger = Logger(label: "placard.serve")
        let level = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) }
        logger.logLevel = level ?? .warning
        return logger
    }

    /// The router: the path guard, the live-reload endpoint and pages, the 404 page, the range filter, then the
    /// files.
    func makeRouter() -> Router<BasicRequestContext> {
        let folder = OutputFolder(root: root)
        let router = Router()
        let reload = self.reload
        router.addMiddleware {
            RequestPathGuard()
            if let reload {
                ReloadEventsEndpoint(reload: reload)
                LivePageMiddleware(reload: reload)
            }
            NotFoundPage(folder: folder)
            RangeRequestFilter()
            FileMiddleware(
                fileProvider: folder,
                cacheControl: CacheControl([(MediaType(type: .any), [.noCache])]),
                searchForIndexHtml: true
            )
            .withAdditionalMediaTypes(forFileExtensions: Self.mediaTypes)
        }
        return router
    }
}
