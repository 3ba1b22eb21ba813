import Foundation
import Synchronization

/// A one-line progress display on a terminal's standard error, shown only once a build has run for a while and
/// never when standard error is a file or a pipe.
/// The builder calls ``update(_:_:)`` one call at a time, from whichever thread finished a post.
final class ProgressLine: Sendable {
    private let start = Date()
    private let console = Console.current
    private var enabled: Bool { console.errIsTerminal }
    private let shown = Mutex(false)

    /// Shows "Rendering posts 120/1000" when the build has taken more than half a second.
    func update(_ done: Int, _ total: Int) {
        guard enabled, Date().timeIntervalSince(start) > 0.5 else { return }
        shown.withLock { $0 = true }
        console.err("\r\u{1B}[KRendering posts \(done)/\(total)")
    }

    /// Clears the line before the summary is printed.
    func finish() {
        guard shown.withLock({ $0 }) else { return }
        shown.withLock { $0 = false }
        console.err("\r\u{1B}[K")
    }
}
