import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The downloads of one ``MediaFetcher/fetch(_:)``: the session's delegate, which checks each answer (status, size,
/// type) as it comes, writes its bytes, and tries a failed download again when the failure may pass.
///
/// Its state is guarded by a lock: downloads start on the fetching thread and on timers, and the session calls back
/// on its own queue.
final class MediaDownloads: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Download {
        var index: Int
        var request: MediaFetcher.Request
        var attempt: Int
        var done: @Sendable () -> Void
        var file: FileHandle?
        var bytes = 0
        var failure: MediaFailure?
        var retryable = false
        var redirects = 0
    }

    let settings: MediaFetcher.Settings
    private let lock = NSLock()
    private var downloads: [Int: Download] = [:]
    private var results: [Int: Result<Void, MediaFailure>] = [:]

    init(settings: MediaFetcher.Settings) {
        self.settings = settings
    }

    /// The result of request `index`, once its `done` was called.
    func result(of index: Int) -> Result<Void, MediaFailure> {
        lock.withLock { results[index] } ?? .failure(MediaFailure("not downloaded"))
    }

    /// Starts request `index`; `done` is called once, when it succeeded or failed for good.
    func start(
        _ index: Int, _ request: MediaFetcher.Request, attempt: Int = 1, in session: URLSession,
        done: @escaping @Sendable () -> Void
    ) {
        guard let url = URL(string: request.url), ["http", "https"].contains(url.scheme?.lowercased() ?? "") else {
            finish(index, .failure(MediaFailure("only http and https addresses are downloaded")), done)
            return
        }
        let task = session.dataTask(with: url)
        lock.withLock {
            downloads[task.taskIdentifier] = Download(index: index, request: request, attempt: attempt, done: done)
        }
        task.resume()
    }

    private func finish(_ index: Int, _ result: Result<Void, MediaFailure>, _ done: @Sendable () -> Void) {
        lock.withLock { results[index] = result }
        done()
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let failure = lock.withLock { () -> (MediaFailure, Bool)? in
            guard var download = downloads[dataTask.taskIdentifier] else { return nil }
            if let problem = problem(response, download.request) {
                download.failure = problem.0
                download.retryable = problem.1
                downloads[dataTask.taskIdentifier] = download
                return problem
            }
            guard FileManager.default.createFile(atPath: download.request.destination, contents: nil),
                let handle = FileHandle(forWritingAtPath: download.request.destination)
            else {
                download.failure = MediaFailure("could not write \(download.request.destination)")
                downloads[dataTask.taskIdentifier] = download
                return (download.failure!, false)
            }
            download.file = handle
            downloads[dataTask.taskIdentifier] = download
            return nil
        }
        completionHandler(failure == nil ? .allow : .cancel)
    }

    /// What is wrong with an answer, and whether trying again may help; nil when its bytes are wanted.
    private func problem(_ response: URLResponse, _ request: MediaFetcher.Request) -> (MediaFailure, Bool)? {
        guard let http = response as? HTTPURLResponse else { return (MediaFailure("the answer is not HTTP"), false) }
        guard http.statusCode == 200 else {
            let passing = http.statusCode >= 500 || http.statusCode == 429
            return (MediaFailure("the server answered \(http.statusCode)"), passing)
        }
        if http.expectedContentLength > settings.maxBytes {
            return (
                MediaFailure("it has \(http.expectedContentLength) bytes, more than the \(settings.maxBytes) allowed"),
                false
            )
        }
        let type = (http.mimeType ?? "application/octet-stream").lowercased()
        guard request.kind.accepts(type) else {
            return (
                MediaFailure(
                    "the server sent \(type), not \(request.kind.rawValue == "image" ? "an" : "a") \(request.kind.rawValue)"
                ), false
            )
        }
        return nil
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock { () -> Bool in
            guard var download = downloads[dataTask.taskIdentifier], download.failure == nil else { return false }
            download.bytes += data.count
            if download.bytes > settings.maxBytes {
                download.failure = MediaFailure("it has more than the \(settings.maxBytes) bytes allowed")
            } else {
                do { try download.file?.write(contentsOf: data) } catch {
                    download.failure = MediaFailure("could not write \(download.request.destination)")
                }
            }
            downloads[dataTask.taskIdentifier] = download
            return download.failure != nil
        }
        if over { dataTask.cancel() }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        let allowed = lock.withLock { () -> Bool in
            guard var download = downloads[task.taskIdentifier] else { return false }
            download.redirects += 1
            let scheme = request.url?.scheme?.lowercased() ?? ""
            if !["http", "https"].contains(scheme) || download.redirects > 5 {
                download.failure = MediaFailure(
                    "the server redirected it to \(request.url?.absoluteString ?? "nowhere")")
            }
            downloads[task.taskIdentifier] = download
            return download.failure == nil
        }
        completionHandler(allowed ? request : nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard var download = lock.withLock({ downloads.removeValue(forKey: task.taskIdentifier) }) else { return }
        try? download.file?.close()
        if download.failure == nil, let error { (download.failure, download.retryable) = describe(error) }
        guard let failure = download.failure else {
            finish(download.index, .success(()), download.done)
            return
        }
        unlink(download.request.destination)
        guard download.retryable, download.attempt < settings.attempts else {
            let tries = download.attempt > 1 ? " (after \(download.attempt) tries)" : ""
            finish(download.index, .failure(MediaFailure(failure.reason + tries)), download.done)
            return
        }
        let delay = settings.retryDelay * pow(2, Double(download.attempt - 1))
        let (index, request, attempt, done) = (download.index, download.request, download.attempt + 1, download.done)
        DispatchQueue.global().asyncAfter(deadline: .now() + delay) {
            self.start(index, request, attempt: attempt, in: session, done: done)
        }
    }

    /// A failed transfer in a few words, and whether trying again may help.
    private func describe(_ error: any Error) -> (MediaFailure, Bool) {
        let code = URLError.Code(rawValue: (error as NSError).code)
        switch code {
        case .timedOut:
            return (MediaFailure("the server did not answer within \(Int(settings.timeout)) s"), true)
        case .cannotConnectToHost, .networkConnectionLost, .notConnectedToInternet, .cannotFindHost,
            .dnsLookupFailed:
            return (MediaFailure("could not connect (\(error.localizedDescription.lowercased()))"), true)
        default:
            return (MediaFailure("the download failed (\(error.localizedDescription.lowercased()))"), false)
        }
    }
}
