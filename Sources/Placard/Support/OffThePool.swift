import Foundation

/// Runs a build's synchronous work on a thread of its own and waits for it without holding a thread of Swift's
/// cooperative pool: a build renders on every core with `DispatchQueue.concurrentPerform` and may take seconds, and a
/// pool thread held that long (there is one per core) keeps every other task of the process waiting, such as the dev
/// server's answers.
/// - Returns: what `work` returns; the error it throws.
package func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws(BuildFailure) -> T) async throws(BuildFailure)
    -> T
{
    let result: Result<T, BuildFailure> = await withCheckedContinuation { continuation in
        let thread = Thread { continuation.resume(returning: Result(catching: work)) }
        // The main thread's size: templates and comment threads recurse as deep as a build on the main thread may.
        thread.stackSize = 8 << 20
        thread.start()
    }
    return try result.get()
}
