import Foundation
import Placard

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Watches a site's `content/` and `templates/` folders, subfolders included, and reports which files were
/// edited, added or removed, as paths relative to the site folder (`content/posts/x/index.md`).
///
/// It uses inotify on Linux and falls back to comparing the folders every quarter second elsewhere, or when inotify
/// is not available (for example, when the system's limit of watches is reached). A burst of events is merged: a
/// batch is reported once no event came for `quiet` (10 ms), or after `longest` (300 ms) of steady events. What the
/// build does not read is never reported: editors' swap, backup and lock files, hidden files (``SourceNames``), what a
/// symbolic link out of the site leads to. Each watcher runs on a thread of its own.
final class SourceWatcher: Sendable {
    /// The folders watched, relative to the site folder.
    static let folders = ["content", "templates"]
    /// How long the folders must stay quiet before a batch is reported, in milliseconds.
    static let quiet: Int32 = 10
    /// The longest a batch waits, in milliseconds.
    static let longest = 300
    /// How often the fallback compares the folders, in milliseconds.
    static let pollInterval: Int32 = 250

    /// The site folder.
    let root: String
    /// Whether to compare folders instead of using inotify.
    let polling: Bool
    private let wakeRead: Int32
    private let wakeWrite: Int32

    /// Creates a watcher; nothing is watched until `watch(onChange:onNotice:)`.
    /// - Parameters:
    ///   - root: The site folder, holding `content/` and `templates/`.
    ///   - polling: Compare the folders regularly even where inotify is available.
    init(root: String, polling: Bool = false) {
        self.root = root
        self.polling = polling
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { fatalError("could not create a pipe: \(String(cString: strerror(errno)))") }
        (wakeRead, wakeWrite) = (fds[0], fds[1])
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    /// Reports batches of changed paths until the task is cancelled.
    /// - Parameters:
    ///   - onChange: Called on the watcher's thread with each batch.
    ///   - onReady: Called once the folders are watched: changes from then on are reported.
    ///   - onNotice: Called when the watcher falls back to polling, with the reason.
    func watch(
        onChange: @escaping @Sendable (Set<String>) -> Void,
        onReady: @escaping @Sendable () -> Void = {},
        onNotice: @escaping @Sendable (String) -> Void = { _ in }
    ) async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                let thread = Thread {
                    self.loop(onChange: onChange, onReady: onReady, onNotice: onNotice)
                    done.resume()
                }
                thread.name = "placard-watch"
                thread.start()
            }
        } onCancel: {
            stop()
        }
    }

    /// Makes the watcher's thread return; callable from any thread, also before the thread starts.
    func stop() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    private func loop(onChange: (Set<String>) -> Void, onReady: () -> Void, onNotice: (String) -> Void) {
        var isReady = false
        #if os(Linux)
            if !polling {
                do {
                    let tree = try InotifyTree(root: root, folders: Self.folders)
                    defer { tree.close() }
                    onReady()
                    isReady = true
                    try watchEvents(tree, onChange: onChange)
                    return
                } catch {
                    onNotice("watching for changes by comparing folders every \(Self.pollInterval) ms (\(error))")
                }
            }
        #endif
        pollFolders(onChange: onChange, onReady: isReady ? {} : onReady)
    }

    #if os(Linux)
        /// Reads inotify events until stopped; throws when inotify fails.
        private func watchEvents(_ tree: InotifyTree, onChange: (Set<String>) -> Void) throws {
            var pending: Set<String> = []
            var batchStart = DispatchTime.now()
            while true {
                var fds = [
                    pollfd(fd: tree.fd, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
                ]
                let timeout = pending.isEmpty ? -1 : Self.quiet
                let ready = poll(&fds, 2, timeout)
                if ready < 0 && errno == EINTR { continue }
                if fds[1].revents != 0 { return }
                if ready > 0 && fds[0].revents != 0 {
                    if pending.isEmpty { batchStart = .now() }
                    pending.formUnion(try tree.readEvents())
                    let waited = (DispatchTime.now().uptimeNanoseconds - batchStart.uptimeNanoseconds) / 1_000_000
                    guard waited >= Self.longest, !pending.isEmpty else { continue }
                }
                if !pending.isEmpty {
                    onChange(pending)
                    pending = []
                }
            }
        }
    #endif

    /// Compares the folders regularly until stopped.
    private func pollFolders(onChange: (Set<String>) -> Void, onReady: () -> Void) {
        var known = SourceSnapshot(root: root, folders: Self.folders)
        onReady()
        var pending: Set<String> = []
        while true {
            var fds = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 1, Self.pollInterval)
            if ready > 0 { return }
            let now = SourceSnapshot(root: root, folders: Self.folders)
            let changed = now.changes(since: known)
            known = now
            if changed.isEmpty && !pending.isEmpty {
                onChange(pending)
                pending = []
            }
            pending.formUnion(changed)
        }
    }
}
