import Dispatch
import Foundation
import Placard
import Testing

@testable import PlacardServer

/// Builds run one at a time; a rebuild made out of date by newer changes is not announced, and the changes are
/// rebuilt together right after; a failed rebuild's changes are passed on to the next one.
@Suite(.timeLimit(.minutes(1))) struct RebuildCoordinatorTests {
    /// A site whose rebuilds wait for the test to let them finish, and which records what it was asked.
    final class FakeSite: SiteRebuilding, @unchecked Sendable {
        private let lock = NSLock()
        private var running = 0
        private(set) var mostAtOnce = 0
        private(set) var calls: [Set<String>] = []
        /// Changed source paths whose rebuild fails.
        var failing: Set<String> = []
        let started: AsyncStream<Set<String>>
        private let startedContinuation: AsyncStream<Set<String>>.Continuation
        private let release = DispatchSemaphore(value: 0)

        init() {
            (started, startedContinuation) = AsyncStream.makeStream(of: Set<String>.self)
        }

        /// Lets one waiting rebuild finish.
        func finishOne() { release.signal() }

        func build() throws(BuildFailure) -> BuildSummary {
            BuildSummary(pages: 0, files: 0, written: 0, removed: 0, changedFiles: ["index.html"])
        }

        func rebuild(changed: Set<String>) throws(BuildFailure) -> BuildSummary {
            lock.withLock {
                running += 1
                mostAtOnce = max(mostAtOnce, running)
                calls.append(changed)
            }
            startedContinuation.yield(changed)
            release.wait()
            lock.withLock { running -= 1 }
            if !changed.isDisjoint(with: lock.withLock({ failing })) {
                throw BuildFailure([Diagnostic("broken")])
            }
            return BuildSummary(
                pages: 0, files: 0, written: 0, removed: 0, changedFiles: changed.map { "out/" + $0 }.sorted())
        }
    }

    @Test func newerChangesSupersedeTheRebuildInFlight() async throws {
        let site = FakeSite()
        let coordinator = RebuildCoordinator(site: site)
        _ = await coordinator.buildFirst()
        let inbox = ChangeInbox()
        let (reports, report) = AsyncStream.makeStream(of: RebuildCoordinator.Outcome.self)
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await coordinator.run(inbox) { report.yield($0) } }
            var started = site.started.makeAsyncIterator()
            inbox.add(["a"])
            #expect(await started.next() == ["a"])
            inbox.add(["b"])
            inbox.add(["c"])
            site.finishOne()
            #expect(await started.next() == ["b", "c"])
            site.finishOne()
            var outcomes = reports.makeAsyncIterator()
            guard case .built(let update, let sources) = await outcomes.next() else {
                Issue.record("expected a successful rebuild")
                return
            }
            #expect(update.changedFiles == ["out/a", "out/b", "out/c"], "the superseded rebuild's files too")
            #expect(sources == ["a", "b", "c"])
            #expect(site.calls == [["a"], ["b", "c"]])
            #expect(site.mostAtOnce == 1)
            group.cancelAll()
        }
    }

    @Test func failedChangesAreRebuiltWithTheNextOnes() async throws {
        let site = FakeSite()
        site.failing = ["broken"]
        let coordinator = RebuildCoordinator(site: site)
        _ = await coordinator.buildFirst()
        let inbox = ChangeInbox()
        let (reports, report) = AsyncStream.makeStream(of: RebuildCoordinator.Outcome.self)
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await coordinator.run(inbox) { report.yield($0) } }
            var started = site.started.makeAsyncIterator()
            var outcomes = reports.makeAsyncIterator()
            inbox.add(["broken"])
            _ = await started.next()
            site.finishOne()
            guard case .failed = await outcomes.next() else {
                Issue.record("expected a failed rebuild")
                return
            }
            site.failing = []
            inbox.add(["other"])
            #expect(await started.next() == ["broken", "other"])
            site.finishOne()
            guard case .built(let update, _) = await outcomes.next() else {
                Issue.record("expected a successful rebuild")
                return
            }
            #expect(update.changedFiles == ["out/broken", "out/other"])
            group.cancelAll()
        }
    }
}
