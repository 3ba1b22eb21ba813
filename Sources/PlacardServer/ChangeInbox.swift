import Synchronization

/// Changed source paths waiting for a rebuild: the watcher adds them from its thread, the rebuild loop takes them
/// all at once. Any thread may use a value; its state is behind a lock.
final class ChangeInbox: Sendable {
    private let pending = Mutex<Set<String>>([])
    private let continuation: AsyncStream<Void>.Continuation

    /// Rings once or more after paths were added; it ends when the task iterating it is cancelled.
    let doorbell: AsyncStream<Void>

    init() {
        (doorbell, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Adds changed paths and rings the doorbell.
    func add(_ paths: Set<String>) {
        guard !paths.isEmpty else { return }
        pending.withLock { $0.formUnion(paths) }
        continuation.yield()
    }

    /// Whether paths are waiting, so that a rebuild that just finished is already out of date.
    var hasPending: Bool {
        pending.withLock { !$0.isEmpty }
    }

    /// Every waiting path; the inbox is empty afterwards.
    func take() -> Set<String> {
        pending.withLock { pending in
            defer { pending = [] }
            return pending
        }
    }
}
