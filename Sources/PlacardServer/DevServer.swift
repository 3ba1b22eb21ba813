import Foundation
public import Placard

/// `placard serve`: builds a site into a folder of its own, serves it, and rebuilds and reloads open pages when its
/// sources change.
///
/// The socket is bound first, so that the build's `base_url` names the port actually bound (which matters with
/// port 0). With live reload, requests during the first build get a "building" page that reloads by itself. When a
/// build fails, the server keeps serving the last good site (or, before any build succeeded, a page listing the
/// errors), pages get an overlay with the errors, and the next good build clears it. Builds run one at a time, on a
/// thread of their own. A value can be used from any task.
public struct DevServer: Sendable {
    /// What happened, for the command to print.
    public enum Event: Sendable {
        /// The first build finished or failed, and the server is listening at `url`.
        case serving(url: String)
        /// A build succeeded; `sources` are the changed source paths that led to it (empty for the first build).
        case built(BuildSummary, sources: Set<String>)
        /// A build failed; the server keeps serving the last good site, if one was built (`keptSite`).
        case failed(BuildFailure, sources: Set<String>, keptSite: Bool)
        /// Something to tell the author that is not a build's outcome, such as the watcher falling back to polling.
        case notice(String)
    }

    /// What to build: `output` is the server's own folder, and `baseURL` is replaced by the server's address.
    public let options: BuildOptions
    /// The address to bind.
    public let host: String
    /// The port to bind, or 0 for any free port.
    public let port: Int
    /// Whether pages get the live-reload script, the event endpoint exists, and failed builds show an overlay.
    public let liveReload: Bool
    /// Whether to find changes by comparing folders regularly instead of with inotify.
    public let polling: Bool

    /// Describes a dev server; nothing happens until `run(onEvent:)`.
    /// - Parameters:
    ///   - options: What to build; `output` must be a folder of the server's own, never the site's `public/`.
    ///   - host: The address to bind.
    ///   - port: The port to bind, or 0 for any free port.
    ///   - liveReload: Whether open pages reload after a rebuild and show build errors.
    ///   - polling: Whether to compare folders regularly instead of using inotify.
    public init(
        options: BuildOptions, host: String = "127.0.0.1", port: Int = 8000, liveReload: Bool = true,
        polling: Bool = false
    ) {
        self.options = options
        self.host = host
        self.port = port
        self.liveReload = liveReload
        self.polling = polling
    }

    /// Serves until the process gets SIGINT (Ctrl-C) or SIGTERM, or the task is cancelled.
    /// - Parameter onEvent: Called with every build's outcome, in order, and once the server is listening; from
    ///   any thread.
    /// - Throws: When the address cannot be bound.
    public func run(onEvent: @escaping @Sendable (Event) -> Void) async throws {
        let reload = LiveReload()
        let server = StaticServer(root: options.output, host: host, port: port, reload: liveReload ? reload : nil)
        let (ports, portReported) = AsyncStream.makeStream(of: Int.self)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await server.run { port in
                    portReported.yield(port)
                    portReported.finish()
                }
                reload.close()
            }
            group.addTask {
                var bound = ports.makeAsyncIterator()
                guard let port = await bound.next() else { return }
                await watch(url: server.url(port: port), reload: reload, onEvent: onEvent)
            }
            // The server returns on SIGINT or SIGTERM; then the watcher stops.
            try await group.next()
            group.cancelAll()
        }
    }

    /// Builds the site for the server at `url`, then rebuilds after every change until cancelled.
    private func watch(url: String, reload: LiveReload, onEvent: @escaping @Sendable (Event) -> Void) async {
        var options = self.options
        options.baseURL = url
        let coordinator = RebuildCoordinator(site: SiteSession(options))
        let announce: @Sendable (RebuildCoordinator.Outcome) -> Void = { outcome in
            switch outcome {
            case .built(let update, let sources):
                reload.siteBuilt(changedFiles: update.changedFiles)
                onEvent(.built(update, sources: sources))
            case .failed(let failure, let sources):
                let keptSite = reload.state.hasSite
                reload.buildFailed(failure)
                onEvent(.failed(failure, sources: sources, keptSite: keptSite))
            }
        }
        let inbox = ChangeInbox()
        let watcher = SourceWatcher(root: options.source, polling: polling)
        let (ready, isReady) = AsyncStream.makeStream(of: Void.self)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await watcher.watch(onChange: inbox.add, onReady: { isReady.finish() }) { onEvent(.notice($0)) }
            }
            // Watch first, so that nothing saved during the first build is missed.
            for await _ in ready {}
            guard !Task.isCancelled else { return }
            let first = await coordinator.buildFirst()
            guard !Task.isCancelled else { return }  // stopped during the first build: nothing to announce
            announce(first)
            onEvent(.serving(url: url))
            group.addTask { await coordinator.run(inbox, report: announce) }
            group.addTask {
                // A comment now and then finds connections whose browser went away.
                while (try? await Task.sleep(for: .seconds(15))) != nil { reload.ping() }
            }
        }
    }
}
