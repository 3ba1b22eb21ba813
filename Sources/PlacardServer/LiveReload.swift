public import Placard
import Synchronization

/// The dev server's live-reload state: whether a site is there to serve, whether the last build failed, and the
/// browsers listening for changes on the event endpoint.
///
/// Every change of state gets a new `version`; the pages the server sends carry the version they were made with, so
/// a page that missed an event (it was loading, or its connection dropped) reloads when it reconnects. A value may
/// be used from any thread; its state is behind a lock.
public final class LiveReload: Sendable {
    /// What the server shows right now.
    public struct State: Sendable {
        /// Changes with every rebuild that changed files and with every change of error state.
        public var version: String
        /// Whether a build has succeeded, so that the output folder holds a site.
        public var hasSite: Bool
        /// The errors of the last build, when it failed; the server then keeps serving the last good site.
        public var failure: BuildFailure?
    }

    /// What changes, behind one lock.
    private struct Inner {
        let instance = String(UInt32.random(in: .min ... .max), radix: 16)
        var number = 0
        var hasSite = false
        var failure: BuildFailure?
        var listeners: [Int: AsyncStream<String>.Continuation] = [:]
        var nextListener = 0
        var closed = false

        var version: String { "\(instance).\(number)" }

        func broadcast(_ event: String) {
            for listener in listeners.values { listener.yield(event) }
        }
    }

    private let inner = Mutex(Inner())

    /// Creates the state of a server whose first build has not finished yet.
    public init() {}

    /// The current state.
    public var state: State {
        inner.withLock { State(version: $0.version, hasSite: $0.hasSite, failure: $0.failure) }
    }

    /// How many browsers are listening.
    public var listenerCount: Int {
        inner.withLock { $0.listeners.count }
    }

    /// Records a successful build and tells the browsers which output files it wrote or removed; every page
    /// reloads when the site was failing or not built before.
    /// - Parameter changedFiles: output-relative paths, such as `posts/x/index.html`.
    public func siteBuilt(changedFiles: [String]) {
        inner.withLock { inner in
            let everything = inner.failure != nil || !inner.hasSite
            guard everything || !changedFiles.isEmpty else { return }
            inner.hasSite = true
            inner.failure = nil
            inner.number += 1
            inner.broadcast(ReloadEvent.change(version: inner.version, everything: everything, paths: changedFiles))
        }
    }

    /// Records a failed build; every page reloads to show the errors, unless they are the ones it shows already.
    public func buildFailed(_ failure: BuildFailure) {
        inner.withLock { inner in
            guard inner.failure?.diagnostics != failure.diagnostics else { return }
            inner.failure = failure
            inner.number += 1
            inner.broadcast(ReloadEvent.change(version: inner.version, everything: true, paths: []))
        }
    }

    /// Sends a comment to every listener, so that connections whose browser went away are noticed and closed.
    public func ping() {
        inner.withLock { $0.broadcast(ReloadEvent.ping) }
    }

    /// Ends every listener's stream, and the streams of listeners that come later; for shutting down.
    public func close() {
        inner.withLock { inner in
            inner.closed = true
            for listener in inner.listeners.values { listener.finish() }
            inner.listeners = [:]
        }
    }

    /// A new listener's stream of server-sent events, starting with a `hello` that carries the current version.
    func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(64))
        inner.withLock { inner in
            guard !inner.closed else { return continuation.finish() }
            let id = inner.nextListener
            inner.nextListener += 1
            inner.listeners[id] = continuation
            continuation.yield(ReloadEvent.hello(version: inner.version))
            continuation.onTermination = { [weak self] _ in self?.remove(id) }
        }
        return stream
    }

    private func remove(_ id: Int) {
        _ = inner.withLock { $0.listeners.removeValue(forKey: id) }
    }
}
