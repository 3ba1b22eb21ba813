import Foundation
public import Placard

/// The dev server's live-reload state: whether a site is there to serve, whether the last build failed, and the
/// browsers listening for changes on the event endpoint.
///
/// Every change of state gets a new `version`; the pages the server sends carry the version they were made with, so
/// a page that missed an event (it was loading, or its connection dropped) reloads when it reconnects. A value may
/// be used from any thread; its state is behind a lock.
public final class LiveReload: @unchecked Sendable {
    /// What the server shows right now.
    public struct State: Sendable {
        /// Changes with every rebuild that changed files and with every change of error state.
        public var version: String
        /// Whether a build has succeeded, so that the output folder holds a site.
        public var hasSite: Bool
        /// The errors of the last build, when it failed; the server then keeps serving the last good site.
        public var failure: BuildFailure?
    }

    private let lock = NSLock()
    private let instance = String(UInt32.random(in: .min ... .max), radix: 16)
    private var number = 0
    private var hasSite = false
    private var failure: BuildFailure?
    private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextListener = 0
    private var closed = false

    /// Creates the state of a server whose first build has not finished yet.
    public init() {}

    /// The current state.
    public var state: State {
        lock.withLock { State(version: version, hasSite: hasSite, failure: failure) }
    }

    /// How many browsers are listening.
    public var listenerCount: Int {
        lock.withLock { listeners.count }
    }

    /// Records a successful build and tells the browsers which output files it wrote or removed; every page
    /// reloads when the site was failing or not built before.
    /// - Parameter changedFiles: output-relative paths, such as `posts/x/index.html`.
    public func siteBuilt(changedFiles: [String]) {
        lock.withLock {
            let everything = failure != nil || !hasSite
            guard everything || !changedFiles.isEmpty else { return }
            hasSite = true
            failure = nil
            number += 1
            broadcast(ReloadEvent.change(version: version, everything: everything, paths: changedFiles))
        }
    }

    /// Records a failed build; every page reloads to show the errors, unless they are the ones it shows already.
    public func buildFailed(_ failure: BuildFailure) {
        lock.withLock {
            guard self.failure?.diagnostics != failure.diagnostics else { return }
            self.failure = failure
            number += 1
            broadcast(ReloadEvent.change(version: version, everything: true, paths: []))
        }
    }

    /// Sends a comment to every listener, so that connections whose browser went away are noticed and closed.
    public func ping() {
        lock.withLock { broadcast(ReloadEvent.ping) }
    }

    /// Ends every listener's stream, and the streams of listeners that come later; for shutting down.
    public func close() {
        lock.withLock {
            closed = true
            for listener in listeners.values { listener.finish() }
            listeners = [:]
        }
    }

    /// A new listener's stream of server-sent events, starting with a `hello` that carries the current version.
    func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(64))
        lock.withLock {
            guard !closed else { return continuation.finish() }
            let id = nextListener
            nextListener += 1
            listeners[id] = continuation
            continuation.yield(ReloadEvent.hello(version: version))
            continuation.onTermination = { [weak self] _ in self?.remove(id) }
        }
        return stream
    }

    private func remove(_ id: Int) {
        _ = lock.withLock { listeners.removeValue(forKey: id) }
    }

    /// Call with the lock held.
    private var version: String { "\(instance).\(number)" }

    /// Call with the lock held.
    private func broadcast(_ event: String) {
        for listener in listeners.values { listener.yield(event) }
    }
}
