import CCurl
import Foundation
import Placard

/// libcurl, which `import wordpress --fetch-media` downloads with, loaded with `dlopen` the first time it is needed:
/// no other command links or loads it, so none pays for it at start-up (FoundationNetworking's URLSession, which
/// links libcurl and the 28 libraries it needs into every command, cost each of them about 7 ms and 4.5 MiB; see
/// docs/performance.md).
///
/// Every C pointer of the downloads stays in this file: ``CurlEasy`` is one handle, with Swift values in and out.
enum Curl {
    /// The names `dlopen` is given, in order: Debian's and Fedora's libcurl (OpenSSL, then GnuTLS and NSS builds),
    /// the development link, and macOS's.
    static let libraries = [
        "libcurl.so.4", "libcurl-gnutls.so.4", "libcurl-nss.so.4", "libcurl.so", "libcurl.4.dylib",
        "/usr/lib/libcurl.4.dylib",
    ]

    /// Loads libcurl from the first of `names` that loads; libcurl stays loaded for the rest of the process.
    /// - Throws: what to do, with the reason the first name gave, when none loads.
    static func load(_ names: [String]) throws(MediaFailure) {
        var reasons: [String] = []
        for name in names {
            var error = [CChar](repeating: 0, count: 512)
            if ccurl_load(name, &error, error.count) == 0 { return }
            reasons.append(String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        throw MediaFailure(
            "--fetch-media downloads with libcurl, which could not be loaded (\(reasons.first ?? "no name given")); "
                + "install it (Debian and Ubuntu: apt-get install libcurl4; Fedora: dnf install libcurl), or bring the "
                + "media from a copy of the uploads folder with --media DIR")
    }

    /// libcurl's option numbers (curl.h), for the options Placard sets.
    enum Option: Int32 {
        case lowSpeedLimit = 19, lowSpeedTime = 20, noSignal = 99, timeoutMS = 155, connectTimeoutMS = 156
        case protocols = 181
        case writeData = 10001, url = 10002, errorBuffer = 10010, userAgent = 10018, protocolsString = 10318
        case writeFunction = 20011
    }

    /// libcurl's CURLcode values that Placard tells apart.
    enum Code {
        static let ok: Int32 = 0
        static let unsupportedProtocol: Int32 = 1
        static let couldNotResolveProxy: Int32 = 5
        static let couldNotResolveHost: Int32 = 6
        static let couldNotConnect: Int32 = 7
        static let timedOut: Int32 = 28
        static let gotNothing: Int32 = 52
        static let sendError: Int32 = 55
        static let receiveError: Int32 = 56
    }
}

/// One libcurl easy handle, used by one thread: options set, a transfer made, the answer's status and headers read.
/// The handle keeps its connections between transfers, so a redirect to the same server reuses one.
final class CurlEasy {
    private let handle: UnsafeMutableRawPointer
    /// libcurl's detailed message for the last failed transfer (CURLOPT_ERRORBUFFER, CURL_ERROR_SIZE bytes).
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: 256)
    /// Receives the body as it comes, a chunk at a time; returns false to stop the transfer.
    private var onData: (UnsafeRawBufferPointer) -> Bool = { _ in true }

    /// A handle of the loaded libcurl (``Curl/load(_:)``); nil when libcurl is not loaded or has no handle to give.
    init?() {
        guard let handle = ccurl_easy_init() else {
            errorBuffer.deallocate()
            return nil
        }
        self.handle = handle
        errorBuffer.initialize(to: 0)
        _ = ccurl_setopt_pointer(handle, Curl.Option.errorBuffer.rawValue, errorBuffer)
        _ = ccurl_setopt_write_callback(handle, Curl.Option.writeFunction.rawValue) { data, size, count, context in
            guard let context else { return 0 }
            let easy = Unmanaged<CurlEasy>.fromOpaque(context).takeUnretainedValue()
            let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
            return easy.onData(bytes) ? size * count : 0
        }
    }

    deinit {
        ccurl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    /// Sets a number option; returns libcurl's code (0 when it took it).
    @discardableResult
    func set(_ option: Curl.Option, _ value: Int) -> Int32 {
        ccurl_setopt_long(handle, option.rawValue, value)
    }

    /// Sets a text option (libcurl copies it); returns libcurl's code (0 when it took it).
    @discardableResult
    func set(_ option: Curl.Option, _ value: String) -> Int32 {
        ccurl_setopt_string(handle, option.rawValue, value)
    }

    /// Makes the transfer set up, handing the body to `receive` as it comes.
    /// - Returns: libcurl's code: ``Curl/Code/ok`` when the whole answer came.
    func perform(receiving receive: @escaping (UnsafeRawBufferPointer) -> Bool) -> Int32 {
        onData = receive
        defer { onData = { _ in true } }
        errorBuffer[0] = 0
        return withExtendedLifetime(self) {
            ccurl_setopt_pointer(handle, Curl.Option.writeData.rawValue, Unmanaged.passUnretained(self).toOpaque())
            return ccurl_perform(handle)
        }
    }

    /// The answer's HTTP status (0 before one came).
    var status: Int {
        var value = 0
        _ = ccurl_getinfo_long(handle, 0x20_0002, &value)  // CURLINFO_RESPONSE_CODE
        return value
    }

    /// The answer's `Content-Type` as the server wrote it, if it wrote one.
    var contentType: String? { string(0x10_0012) }  // CURLINFO_CONTENT_TYPE

    /// Where a redirect leads, made absolute by libcurl; nil when the answer is no redirect.
    var redirectURL: String? { string(0x10_001F) }  // CURLINFO_REDIRECT_URL

    /// The answer's `Content-Length`, or nil when it gives none.
    var contentLength: Int64? {
        var value: Int64 = -1
        _ = ccurl_getinfo_off(handle, 0x60_000F, &value)  // CURLINFO_CONTENT_LENGTH_DOWNLOAD_T
        return value >= 0 ? value : nil
    }

    /// Why the last transfer failed with `code`, in libcurl's words: its detailed message when it gave one.
    func message(_ code: Int32) -> String {
        if errorBuffer[0] != 0 { return String(cString: errorBuffer) }
        return String(cString: ccurl_strerror(code))
    }

    private func string(_ info: Int32) -> String? {
        var value: UnsafePointer<CChar>?
        guard ccurl_getinfo_string(handle, info, &value) == 0, let value else { return nil }
        return String(cString: value)
    }
}
