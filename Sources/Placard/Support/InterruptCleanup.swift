import Foundation
import Synchronization

/// Folders removed when the process is interrupted (SIGINT, SIGTERM), such as an import's staging folder, which would
/// otherwise be left beside the content folder.
///
/// A command calls ``install()`` once; until then signals keep their default action, so a library user sees no
/// change. Work that creates folders inside a registered one does so in `creating(_:)`, so that the folder is not
/// created again after the handler removed it.
public enum InterruptCleanup {
    private struct State {
        var next = 0
        var folders: [Int: String] = [:]
        var installed = false
        var interrupted = false
    }

    private static let state = Mutex(State())

    /// Handles SIGINT and SIGTERM from now on: removes every registered folder, then exits with 128 + the signal's
    /// number, as a shell reports a process the signal ended.
    ///
    /// The signal handler only writes the signal's number to a pipe; a thread of its own reads it and cleans up. A
    /// dispatch source would wait for a thread of the global queue, which a long synchronous import can keep busy on
    /// a 2-core machine until it has finished.
    public static func install() {
        let fresh = state.withLock { state in
            defer { state.installed = true }
            return !state.installed
        }
        guard fresh else { return }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        interruptPipe = ends[1]
        let readEnd = ends[0]
        let thread = Thread {
            var number: UInt8 = 0
            while read(readEnd, &number, 1) < 0 && errno == EINTR {}
            interrupt(Int32(number))
        }
        thread.name = "placard-interrupt"
        thread.start()
        for number in [SIGINT, SIGTERM] {
            let previous = signal(number) { received in
                var byte = UInt8(truncatingIfNeeded: received)
                _ = write(interruptPipe, &byte, 1)
            }
            // A signal the parent ignores (a shell's background job, nohup) stays ignored.
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(number, SIG_IGN)
            }
        }
    }

    /// Registers a folder to remove on interruption.
    /// - Returns: a token for ``unregister(_:)``.
    package static func register(_ folder: String) -> Int {
        state.withLock { state in
            state.next += 1
            state.folders[state.next] = folder
            return state.next
        }
    }

    /// Forgets a folder, once it is removed or kept on purpose.
    package static func unregister(_ token: Int) {
        state.withLock { _ = $0.folders.removeValue(forKey: token) }
    }

    /// Runs `body`, which creates files or folders in a registered folder, never while the handler removes it.
    /// - Throws: what `body` throws, or `CocoaError(.userCancelled)` once the process was interrupted.
    package static func creating<T>(_ body: () throws -> T) throws -> T {
        try state.withLock { state in
            if state.interrupted { throw CocoaError(.userCancelled) }
            return try body()
        }
    }

    /// Removes the folders and exits, holding the lock throughout so that no folder is created again meanwhile. Each
    /// folder is first renamed, so that a write already under way lands in the renamed folder or fails, never in a
    /// new folder at the old path; removing is tried again if such a write adds a file while it runs.
    private static func interrupt(_ number: Int32) {
        state.withLock { state in
            state.interrupted = true
            for folder in state.folders.values {
                let doomed = folder + ".interrupted"
                let target = rename(folder, doomed) == 0 ? doomed : folder
                for _ in 0..<5 where (try? FileManager.default.removeItem(atPath: target)) == nil {
                    guard FileManager.default.fileExists(atPath: target) else { break }
                }
            }
            exit(128 + number)
        }
    }
}

/// The write end of ``InterruptCleanup``'s pipe, for its signal handler, which can capture nothing; set once, before
/// the handler is installed.
nonisolated(unsafe) private var interruptPipe: Int32 = -1
