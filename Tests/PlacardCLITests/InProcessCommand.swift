import Foundation
import PlacardCommands
import Synchronization

/// Runs `placard`'s commands in the test process, as the binary would run them in the given folder: most command
/// tests need no process of their own (`PlacardProcess` still runs the binary for signals, `serve` and `init`).
///
/// A command reads paths relative to the working folder, which belongs to the whole process: runs take turns, and
/// the folder is changed only for the length of one run. Other tests use absolute paths.
enum InProcessCommand {
    /// Runs the command line in `folder` and returns what the binary would have printed and its exit status.
    static func run(_ arguments: [String], in folder: String) async -> PlacardProcess.Output {
        _ = PlacardProcess.executable  // found while the working folder is the test runner's own
        await turns.wait()
        defer { turns.signal() }
        let out = Mutex("")
        let err = Mutex("")
        let console = Console(
            out: { text in out.withLock { $0 += text } }, err: { text in err.withLock { $0 += text } })
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let status = await Console.$current.withValue(console) { await PlacardCommand.run(arguments: arguments) }
        return PlacardProcess.Output(
            status: status, stdout: out.withLock { $0 }, stderr: err.withLock { $0 })
    }

    private static let turns = Turns()
}

/// One run at a time, in the order they asked.
final class Turns: Sendable {
    private let state = Mutex<(busy: Bool, waiting: [CheckedContinuation<Void, Never>])>((false, []))

    func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now = state.withLock { state -> Bool in
                guard state.busy else {
                    state.busy = true
                    return true
                }
                state.waiting.append(continuation)
                return false
            }
            if now { continuation.resume() }
        }
    }

    func signal() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiting.isEmpty else {
                state.busy = false
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
