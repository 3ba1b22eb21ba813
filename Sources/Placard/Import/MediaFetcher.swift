import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Downloads media for `import wordpress --fetch-media`: over HTTP and HTTPS only, a few at a time, each within a time
/// limit and a size limit, tried again after a failure that may pass (no answer in time, a lost connection, a 5xx or
/// 429), and kept only when the server says it is the kind of file its name says (never HTML, which an error page or
/// a login form is).
///
/// Each download goes straight to its destination file, a chunk at a time; a failed one leaves no file.
struct MediaFetcher: Sendable {
    /// How downloads are made.
    struct Settings: Sendable {
        /// Downloads at once.
        var concurrency = 4
        /// Seconds a server may stay silent, before its answer or within it.
        var timeout: TimeInterval = 30
        /// Seconds one download may take in all.
        var totalTimeout: TimeInterval = 600
        /// Tries per file, the first included.
        var attempts = 3
        /// Seconds before a second try, doubled before each further one.
        var retryDelay: TimeInterval = 1
        /// The most bytes a file may have.
        var maxBytes = 100 << 20
    }

    /// One file to download.
    struct Request: Sendable {
        var url: String
        /// The file to write, which must not exist.
        var destination: String
        var kind: MediaFile.Kind
    }

    let settings: Settings

    /// Downloads every request; one result per request, in order.
    func fetch(_ requests: [Request]) -> [Result<Void, MediaFailure>] {
        guard !requests.isEmpty else { return [] }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.timeout
        configuration.timeoutIntervalForResource = settings.totalTimeout
        configuration.httpMaximumConnectionsPerHost = settings.concurrency
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        configuration.httpAdditionalHeaders = ["User-Agent": "Placard/\(PlacardVersion.current) (import wordpress)"]
        let downloads = MediaDownloads(settings: settings)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: configuration, delegate: downloads, delegateQueue: queue)
        defer { session.invalidateAndCancel() }
        let slots = DispatchSemaphore(value: max(1, settings.concurrency))
        let group = DispatchGroup()
        for (index, request) in requests.enumerated() {
            slots.wait()
            group.enter()
            downloads.start(index, request, in: session) {
                slots.signal()
                group.leave()
            }
        }
        group.wait()
        return (0..<requests.count).map { downloads.result(of: $0) }
    }
}
