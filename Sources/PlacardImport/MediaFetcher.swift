import Foundation
import Placard
import Synchronization

/// Downloads media for `import wordpress --fetch-media`: over HTTP and HTTPS only, a few at a time, each within a time
/// limit and a size limit, tried again after a failure that may pass (no answer in time, a lost connection, a 5xx or
/// 429), and kept only when the server says it is the kind of file its name says (never HTML, which an error page or
/// a login form is).
///
/// Each download goes straight to its destination file, a chunk at a time; a failed one leaves no file. Downloads
/// are made with libcurl, loaded when the first is made (``Curl``).
struct MediaFetcher: Sendable {
    /// How downloads are made.
    struct Settings: Sendable {
        /// Downloads at once.
        var concurrency = 4
        /// Seconds a server may stay silent, before its answer or within it.
        var timeout: TimeInterval = 30
        /// Seconds one download may take in all, its redirects included.
        var totalTimeout: TimeInterval = 600
        /// Tries per file, the first included.
        var attempts = 3
        /// Seconds before a second try, doubled before each further one.
        var retryDelay: TimeInterval = 1
        /// The most bytes a file may have.
        var maxBytes = 100 << 20
        /// The redirects one download may follow; the next one stops it.
        var maxRedirects = 5
        /// Where libcurl is looked for (``Curl/libraries``).
        var libraries = Curl.libraries
    }

    /// One file to download.
    struct Request: Sendable {
        var url: String
        /// The file to write, which must not exist.
        var destination: String
        var kind: MediaFile.Kind
    }

    let settings: Settings

    /// Throws, with what to do, when downloads cannot be made: libcurl cannot be loaded.
    func checkAvailable() throws(MediaFailure) {
        try Curl.load(settings.libraries)
    }

    /// Downloads every request, `concurrency` at a time, each on a thread of its own (a download waits on the network
    /// most of the time); one result per request, in order.
    func fetch(_ requests: [Request]) -> [Result<Void, MediaFailure>] {
        guard !requests.isEmpty else { return [] }
        do throws(MediaFailure) { try checkAvailable() } catch { return requests.map { _ in .failure(error) } }
        let next = Mutex(0)
        let results = Mutex([Result<Void, MediaFailure>?](repeating: nil, count: requests.count))
        let group = DispatchGroup()
        let settings = self.settings
        for _ in 0..<min(max(1, settings.concurrency), requests.count) {
            group.enter()
            let worker = Thread {
                defer { group.leave() }
                let download = MediaDownload(settings: settings)
                while true {
                    let index = next.withLock { next in
                        defer { next += 1 }
                        return next
                    }
                    guard index < requests.count else { return }
                    let result = download.run(requests[index])
                    results.withLock { $0[index] = result }
                }
            }
            worker.start()
        }
        group.wait()
        return results.withLock { $0.map { $0 ?? .failure(MediaFailure("not downloaded")) } }
    }
}
