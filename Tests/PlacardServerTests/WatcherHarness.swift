import Foundation

@testable import PlacardServer

extension SourceWatcher {
    /// Starts a watcher on `root` in a task of `group`, waits until it watches, and returns its batches of changed
    /// paths. Cancel the group to stop it.
    static func batches(
        of root: String, polling: Bool = false, in group: inout ThrowingTaskGroup<Void, any Error>
    ) async -> AsyncStream<Set<String>> {
        let watcher = SourceWatcher(root: root, polling: polling)
        let (batches, batch) = AsyncStream.makeStream(of: Set<String>.self)
        let (ready, isReady) = AsyncStream.makeStream(of: Void.self)
        group.addTask {
            await watcher.watch(onChange: { batch.yield($0) }, onReady: { isReady.finish() })
        }
        for await _ in ready {}
        return batches
    }
}

extension AsyncStream<Set<String>> {
    /// Reads batches until they have reported every path of `expected`, or the watcher stopped; returns every path
    /// they reported.
    func paths(until expected: Set<String>) async -> Set<String> {
        var seen: Set<String> = []
        for await paths in self {
            seen.formUnion(paths)
            if seen.isSuperset(of: expected) { break }
        }
        return seen
    }
}
