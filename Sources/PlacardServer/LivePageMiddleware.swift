import Foundation
import Hummingbird
import Placard

/// Sends HTML pages with the live-reload script, and with the error overlay while the last build failed; before
/// any build has succeeded, answers every request with a page that says why.
///
/// A page (a path ending in `/`, `.html` or `.htm`, or any "not found" answer) is read whole, changed by
/// `LivePage`, and sent with its new length. Its `ETag` becomes weak and carries the server's version, so a browser
/// revalidating after a rebuild or a change of error state gets the new page, not "not modified"; `Range` and
/// `If-Modified-Since` are ignored for pages, and `HEAD` gets the headers the `GET` would get. Everything else
/// passes through untouched.
struct LivePageMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Whether a site is there, and the errors of the last build, for each page sent.
    let reload: LiveReload

    /// Sends a page with the script and overlay, or the placeholder before the first build; passes the rest on.
    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let state = reload.state
        guard state.hasSite else {
            return Self.placeholder(request, state: state)
        }
        let isPage = Self.isPage(request.uri.path)
        var response = try await next(Self.fileRequest(request, isPage: isPage, state: state), context)
        if isPage && response.status == .notModified {
            response.headers[.eTag] = response.headers[.eTag].map { Self.outerTag($0, version: state.version) }
            response.headers[.lastModified] = nil
            response.headers[.contentLength] = nil
            return response
        }
        let isHTML = response.headers[.contentType]?.lowercased().hasPrefix("text/html") == true
        if isHTML && ((isPage && response.status == .ok) || response.status == .notFound) {
            response = try await Self.live(response, state: state)
        }
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// The request to pass to the files: a `GET` (a `HEAD` gets the `GET`'s headers), and for a page, without
    /// `Range` and `If-Modified-Since`, and with the file's own tag in place of ours for the current version.
    private static func fileRequest(_ request: Request, isPage: Bool, state: LiveReload.State) -> Request {
        var head = request.head
        head.method = .get
        if isPage {
            head.headerFields[.range] = nil
            head.headerFields[.ifRange] = nil
            head.headerFields[.ifModifiedSince] = nil
            // One field each: FileMiddleware compares whole fields.
            head.headerFields[values: .ifNoneMatch] = innerTags(
                request.headers[values: .ifNoneMatch], version: state.version)
        }
        return Request(head: head, body: request.body)
    }

    /// The page with the script (and the overlay while the last build failed), its length, and its tag.
    private static func live(_ response: Response, state: LiveReload.State) async throws -> Response {
        var response = response
        let page = LivePage(
            nonce: nonce(),
            version: state.version,
            notFound: response.status == .notFound,
            overlay: state.failure.map { ErrorOverlay(kind: .failedRebuild, diagnostics: $0.diagnostics) }
        )
        let bytes = page.inject(into: try await collect(response.body))
        response.body = ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        response.headers[.eTag] = response.headers[.eTag].map { outerTag($0, version: state.version) }
        response.headers[.lastModified] = nil
        response.headers[.acceptRanges] = nil
        response.headers[.cacheControl] = "no-cache"
        return response
    }

    /// Whether a URL path names an HTML page: a folder (its `index.html`) or an `.html` file.
    static func isPage(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix("/") || lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")
    }

    /// The page sent for every request while no build has succeeded: what is wrong, or that the build is running.
    static func placeholder(_ request: Request, state: LiveReload.State) -> Response {
        let overlay = ErrorOverlay(
            kind: state.failure == nil ? .building : .failedFirstBuild,
            diagnostics: state.failure?.diagnostics ?? []
        )
        let title = state.failure == nil ? "Building…" : "Build failed"
        let document = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'">
            <title>\(title) · placard serve</title>
            </head>
            <body>
            </body>
            </html>

            """
        let page = LivePage(nonce: nonce(), version: state.version, notFound: false, overlay: overlay)
        let bytes = page.inject(into: Array(document.utf8))
        let response = Response(
            status: .serviceUnavailable,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        )
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// The file's own entity tags among those a browser sent: ours for the current version, unwrapped (in weak and
    /// strong form, since the file's tag may be either).
    static func innerTags(_ values: [String], version: String) -> [String] {
        let suffix = "-\(version)\""
        return values.flatMap { $0.split(separator: ",") }.flatMap { tag -> [String] in
            let tag = tag.trimmingCharacters(in: .whitespaces)
            guard tag.hasPrefix("W/\""), tag.hasSuffix(suffix), tag.count > 3 + suffix.count else { return [] }
            let inner = "\"" + tag.dropFirst(3).dropLast(suffix.count) + "\""
            return ["W/" + inner, inner]
        }
    }

    /// A weak entity tag for the file's tag and the server's version: `"abc"` becomes `W/"abc-<version>"`.
    static func outerTag(_ tag: String, version: String) -> String {
        let bare = tag.hasPrefix("W/") ? tag.dropFirst(2) : Substring(tag)
        let inner = bare.hasPrefix("\"") && bare.hasSuffix("\"") && bare.count >= 2 ? bare.dropFirst().dropLast() : bare
        return "W/\"\(inner)-\(version)\""
    }

    /// 128 random bits, base64: a fresh nonce for one response.
    static func nonce() -> String {
        var generator = SystemRandomNumberGenerator()
        var bits = (generator.next(), generator.next())
        return withUnsafeBytes(of: &bits) { Data($0) }.base64EncodedString()
    }

    /// Reads a whole response body.
    private static func collect(_ body: ResponseBody) async throws -> [UInt8] {
        let collector = BodyCollector()
        try await body.write(collector)
        return collector.bytes
    }
}

/// Keeps what a response body writes, for a middleware to change it.
private final class BodyCollector: ResponseBodyWriter {
    var bytes: [UInt8] = []

    func write(_ buffer: ByteBuffer) async throws {
        bytes += buffer.readableBytesView
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
