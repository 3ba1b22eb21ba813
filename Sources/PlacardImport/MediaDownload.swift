import Foundation
import Placard

/// The downloads of one of ``MediaFetcher``'s threads, one after the other through one libcurl handle: each answer is
/// checked (status, size, type) before a byte of it is written, each redirect is followed by hand so that it is
/// checked too (http and https only, at most ``MediaFetcher/Settings/maxRedirects``), and a failure that may pass is
/// tried again.
final class MediaDownload {
    let settings: MediaFetcher.Settings
    /// The handle, made once for all this thread's downloads; nil when libcurl gave none.
    private let easy: CurlEasy?

    /// What went wrong, and whether trying again may help.
    typealias Problem = (failure: MediaFailure, retryable: Bool)

    /// How one transfer ended.
    private enum Outcome {
        case done
        case redirect(String)
        case failed(Problem)
    }

    init(settings: MediaFetcher.Settings) {
        self.settings = settings
        easy = CurlEasy()
        guard let easy else { return }
        easy.set(.noSignal, 1)
        if easy.set(.protocolsString, "http,https") != Curl.Code.ok {
            easy.set(.protocols, 3)  // CURLPROTO_HTTP | CURLPROTO_HTTPS, for a libcurl before 7.85
        }
        easy.set(.userAgent, "Placard/\(PlacardVersion.current) (import wordpress)")
        easy.set(.connectTimeoutMS, Int(settings.timeout * 1000))
        // A server silent for `timeout` seconds, before its answer or within it, stops the transfer.
        easy.set(.lowSpeedLimit, 1)
        easy.set(.lowSpeedTime, max(1, Int(settings.timeout.rounded(.up))))
    }

    /// Downloads `request` into its destination, trying again while the failure may pass.
    func run(_ request: MediaFetcher.Request) -> Result<Void, MediaFailure> {
        guard URLScheme.isWeb(request.url) else {
            return .failure(MediaFailure("only http and https addresses are downloaded"))
        }
        guard let easy else { return .failure(MediaFailure("libcurl could not start a download")) }
        var attempt = 1
        while true {
            guard let problem = self.attempt(request, easy) else { return .success(()) }
            unlink(request.destination)
            guard problem.retryable, attempt < settings.attempts else {
                let tries = attempt > 1 ? " (after \(attempt) tries)" : ""
                return .failure(MediaFailure(problem.failure.reason + tries))
            }
            Thread.sleep(forTimeInterval: settings.retryDelay * pow(2, Double(attempt - 1)))
            attempt += 1
        }
    }

    /// One try: the request, then each redirect; nil when the file was written.
    private func attempt(_ request: MediaFetcher.Request, _ easy: CurlEasy) -> Problem? {
        var url = request.url
        var redirects = 0
        let deadline = Date().addingTimeInterval(settings.totalTimeout)
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                return (MediaFailure("it took more than \(Int(settings.totalTimeout)) s"), true)
            }
            easy.set(.url, url)
            easy.set(.timeoutMS, max(1, Int(remaining * 1000)))
            switch transfer(request, easy, deadline: deadline) {
            case .done: return nil
            case .failed(let problem): return problem
            case .redirect(let target):
                redirects += 1
                guard URLScheme.isWeb(target), redirects <= settings.maxRedirects else {
                    return (MediaFailure("the server redirected it to \(target)"), false)
                }
                url = target
            }
        }
    }

    /// One transfer: the answer judged when its first bytes come (or when it ends, if it has none), its body written
    /// to the destination only when it is wanted, and stopped as soon as it is not.
    private func transfer(_ request: MediaFetcher.Request, _ easy: CurlEasy, deadline: Date) -> Outcome {
        let file = MediaOutput(path: request.destination, maxBytes: settings.maxBytes)
        var verdict: Outcome?
        var judged = false
        let code = easy.perform { chunk in
            if !judged {
                judged = true
                verdict = self.judge(easy, request)
                if verdict == nil, let problem = file.open() { verdict = .failed(problem) }
            }
            switch verdict {
            case .redirect: return true  // the redirect's own page is not kept
            case .failed: return false
            case .done, nil: break
            }
            if let problem = file.write(chunk) {
                verdict = .failed(problem)
                return false
            }
            return true
        }
        file.close()
        if case .failed(let problem) = verdict { return .failed(problem) }
        guard code == Curl.Code.ok else { return .failed(describe(code, easy, deadline: deadline)) }
        switch judged ? verdict : judge(easy, request) {
        case .redirect:
            // libcurl knows where a redirect leads once the answer has ended.
            guard let target = easy.redirectURL else {
                return .failed((MediaFailure("the server answered \(easy.status) without a Location"), false))
            }
            return .redirect(target)
        case .failed(let problem): return .failed(problem)
        case .done, nil: break
        }
        if !file.made, let problem = file.open() { return .failed(problem) }  // an answer without a body
        file.close()
        return .done
    }

    /// What the answer's status and headers say: a redirect (where to is known once it has ended), a problem, or nil
    /// when its bytes are wanted.
    private func judge(_ easy: CurlEasy, _ request: MediaFetcher.Request) -> Outcome? {
        let status = easy.status
        if [301, 302, 303, 307, 308].contains(status) { return .redirect("") }
        guard status == 200 else {
            let passing = status >= 500 || status == 429
            return .failed((MediaFailure("the server answered \(status)"), passing))
        }
        if let length = easy.contentLength, length > settings.maxBytes {
            return .failed((MediaFailure("it has \(length) bytes, more than the \(settings.maxBytes) allowed"), false))
        }
        let header = easy.contentType ?? "application/octet-stream"
        let type = (header.split(separator: ";").first.map(String.init) ?? header).trimmingWhitespace.lowercased()
        guard request.kind.accepts(type) else {
            let kind = request.kind.rawValue
            return .failed(
                (MediaFailure("the server sent \(type), not \(kind == "image" ? "an" : "a") \(kind)"), false))
        }
        return nil
    }

    /// A failed transfer in a few words, and whether trying again may help.
    private func describe(_ code: Int32, _ easy: CurlEasy, deadline: Date) -> Problem {
        let message = easy.message(code)
        let reason = message.prefix(1).lowercased() + message.dropFirst()
        switch code {
        case Curl.Code.timedOut where Date() >= deadline:
            return (MediaFailure("it took more than \(Int(settings.totalTimeout)) s"), true)
        case Curl.Code.timedOut:
            return (MediaFailure("the server did not answer within \(Int(settings.timeout)) s"), true)
        case Curl.Code.couldNotResolveHost, Curl.Code.couldNotConnect, Curl.Code.couldNotResolveProxy:
            return (MediaFailure("could not connect (\(reason))"), true)
        case Curl.Code.gotNothing, Curl.Code.sendError, Curl.Code.receiveError:
            return (MediaFailure("the connection was lost (\(reason))"), true)
        case Curl.Code.unsupportedProtocol:
            return (MediaFailure("only http and https addresses are downloaded"), false)
        default:
            return (MediaFailure("the download failed (\(reason))"), false)
        }
    }

}

/// The destination file of one transfer: made when the answer is wanted, written a chunk at a time up to the size
/// limit.
private final class MediaOutput {
    let path: String
    let maxBytes: Int
    private var descriptor: Int32 = -1
    private var bytes = 0
    /// Whether the file was made.
    private(set) var made = false

    init(path: String, maxBytes: Int) {
        self.path = path
        self.maxBytes = maxBytes
    }

    /// Creates the file (empty); a problem when it cannot be.
    func open() -> MediaDownload.Problem? {
        descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        made = descriptor >= 0
        return made ? nil : (MediaFailure("could not write \(path)"), false)
    }

    /// Appends a chunk; a problem when the file would pass the size limit or cannot be written.
    func write(_ chunk: UnsafeRawBufferPointer) -> MediaDownload.Problem? {
        bytes += chunk.count
        guard bytes <= maxBytes else { return (MediaFailure("it has more than the \(maxBytes) bytes allowed"), false) }
        var offset = 0
        while offset < chunk.count, let base = chunk.baseAddress {
            let written = Foundation.write(descriptor, base + offset, chunk.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return (MediaFailure("could not write \(path)"), false) }
            offset += written
        }
        return nil
    }

    func close() {
        if descriptor >= 0 { _ = Foundation.close(descriptor) }
        descriptor = -1
    }
}
