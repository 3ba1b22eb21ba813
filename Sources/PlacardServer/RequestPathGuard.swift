import Foundation
import Hummingbird

/// Turns away requests that a static file server has no business answering, before any file is looked up.
///
/// Only `GET` and `HEAD` pass (anything else gets 405). A path passes only when it is at most `maximumLength`
/// bytes, its percent-encoding is valid UTF-8, it has no encoded slash (`%2F`), no backslash, no control character
/// (such as an encoded NUL), no empty segment (`//`) and no `.` or `..` segment; anything else gets 400. This is
/// stricter than needed to stay inside the root (`OutputFolder` checks that too); it also keeps redirects that
/// `FileMiddleware` builds from the path (a folder without its trailing slash) on this server.
struct RequestPathGuard<Context: RequestContext>: RouterMiddleware {
    /// The longest raw path accepted, in bytes.
    let maximumLength: Int

    init(maximumLength: Int = 1024) {
        self.maximumLength = maximumLength
    }

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        guard isAllowed(request.uri.path) else {
            return Self.badRequest(request)
        }
        return try await next(request, context)
    }

    /// Whether a raw (percent-encoded) URL path may be looked up in the output folder.
    func isAllowed(_ rawPath: String) -> Bool {
        guard rawPath.utf8.count <= maximumLength, rawPath.first == "/",
            rawPath.range(of: "%2f", options: .caseInsensitive) == nil,
            let path = rawPath.removingPercentEncoding
        else { return false }
        let forbidden = path.unicodeScalars.contains { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
        guard !forbidden else { return false }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (index, segment) in zip(segments.indices, segments) {
            if segment == "." || segment == ".." { return false }
            if segment.isEmpty && index != segments.endIndex - 1 { return false }
        }
        return true
    }

    private static func badRequest(_ request: Request) -> Response {
        let body = "Bad request\n"
        let headers: HTTPFields = [
            .contentType: "text/plain; charset=utf-8",
            .contentLength: String(body.utf8.count),
        ]
        if request.method == .head {
            return Response(status: .badRequest, headers: headers)
        }
        return Response(status: .badRequest, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
