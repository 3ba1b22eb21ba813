import Dispatch
import Placard
import Synchronization

/// Runs the dev server's builds one at a time, off the tasks that answer requests.
///
/// Changes that arrive while a rebuild runs make it out of date: its outcome is not announced, and one rebuild for
/// every change that arrived follows right after it (the files it wrote are announced with that one). Changes of a
/// failed rebuild are passed again to the next one, so nothing an author saved is lost while the site is broken.
/// Until a build has succeeded, every change runs a full build.
actor RebuildCoordinator {
    /// What a build or rebuild led to.
    enum Outcome: Sendable {
        /// The site was built; `sources` are the changed source paths that led to it (empty for the first build).
        case built(BuildSummary, sources: Set<String>)
        /// The build failed; nothing was written and the last good site is still there.
        case failed(BuildFailure, sources: Set<String>)
    }

    private let site: any SiteRebuilding
    private let queue = DispatchQueue(label: "placard.rebuild")
    private var hasBuilt = false
    private var failedSources: Set<String> = []
    private var unannouncedFiles: Set<String> = []
    private var unannouncedSources: Set<String> = []

    init(site: any SiteRebuilding) {
        self.site = site
    }

    /// Builds the whole site.
    func buildFirst() async -> Outcome {
        let site = self.site
        return finish(await perform { () throws(BuildFailure) in try site.build() }, sources: [])
    }

    /// Rebuilds after the changes the inbox gets until the task is cancelled, and reports every outcome that is not
    /// already out of date.
    func run(_ inbox: ChangeInbox, report: @Sendable (Outcome) async -> Void) async {
        for await _ in inbox.doorbell {
            let changes = inbox.take()
            guard !changes.isEmpty else { continue }
            let outcome = await rebuild(changes)
            if Task.isCancelled { return }
            if inbox.hasPending {
                if case .built(let update, let sources) = outcome {
                    unannouncedFiles.formUnion(update.changedFiles)
                    unannouncedSources.formUnion(sources)
                }
                continue
            }
            await report(outcome)
        }
    }

    /// Runs one rebuild (or a full build while none has succeeded) for the changes and those of failed rebuilds.
    func rebuild(_ changes: Set<String>) async -> Outcome {
        let sources = changes.union(failedSources)
        let site = self.site
        let result: Result<BuildSummary, BuildFailure>
        if hasBuilt {
            result = await perform { () throws(BuildFailure) in try site.rebuild(changed: sources) }
        } else {
            result = await perform { () throws(BuildFailure) in try site.build() }
        }
        return finish(result, sources: sources)
    }

    private func finish(_ result: Result<BuildSummary, BuildFailure>, sources: Set<String>) -> Outcome {
        switch result {
        case .success(var update):
            hasBuilt = true
            failedSources = []
            update.changedFiles = unannouncedFiles.union(update.changedFiles).sorted()
            let sources = unannouncedSources.union(sources)
            unannouncedFiles = []
            unannouncedSources = []
            return .built(update, sources: sources)
        case .failure(let failure):
            failedSources = sources
            return .failed(failure, sources: sources)
        }
    }

    /// Runs a build on the rebuild queue, so that a long build never holds up a task that answers requests.
    ///
    /// When the task is cancelled (the server got SIGINT or SIGTERM), this returns at once with a failure, and the build
    /// still running on the queue is left to finish unseen: a build cannot be stopped halfway, and the process, which
    /// is exiting, must not wait for it.
    private func perform(
        _ work: @escaping @Sendable () throws(BuildFailure) -> BuildSummary
    ) async -> Result<BuildSummary, BuildFailure> {
        let once = ResumeOnce()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                once.set(continuation)
                queue.async { once.resume(Result(catching: work)) }
            }
        } onCancel: {
            once.resume(.failure(BuildFailure([Diagnostic("the build was interrupted")])))
        }
    }
}

/// A continuation resumed by whichever comes first, the build or a cancellation; later calls do nothing.
private final class ResumeOnce: Sendable {
    private typealias Outcome = Result<BuildSummary, BuildFailure>

    private struct State {
        var continuation: CheckedContinuation<Outcome, Never>?
        var early: Outcome?
        var done = false
    }

    private let state = Mutex(State())

    /// Keeps the continuation; resumes it at once if a result came first (a cancellation before it was set).
    func set(_ continuation: CheckedContinuation<Result<BuildSummary, BuildFailure>, Never>) {
        let result: Outcome? = state.withLock { state in
            if let early = state.early {
                state.done = true
                return early
            }
            state.continuation = continuation
            return nil
        }
        if let result { continuation.resume(returning: result) }
    }

    /// Resumes with `result` unless something resumed it already.
    func resume(_ result: Result<BuildSummary, BuildFailure>) {
        let waiting: CheckedContinuation<Outcome, Never>? = state.withLock { state in
            guard !state.done else { return nil }
            guard let continuation = state.continuation else {
                if state.early == nil { state.early = result }
                return nil
            }
            state.done = true
            state.continuation = nil
            return continuation
        }
        waiting?.resume(returning: result)
    }
}
