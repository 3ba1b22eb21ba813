import Hummingbird

/// Keeps `FileMiddleware` to the `Range` requests it answers correctly.
///
/// Hummingbird 2.28's `FileMiddleware` reads `bytes=-500` (the last 500 bytes) as the first 501, answers only the
/// first of several ranges, and answers a range that starts past the end with 206 and a negative
/// `Content-Length`. So a `Range` header passes only when it is one `bytes=first-` or `bytes=first-last`
/// range; any other is dropped and the whole file is sent with 200, as RFC 9110 allows. A range starting past the
/// end becomes 416 with `Content-Range: bytes */size`.
struct RangeRequestFilter<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let range = request.headers[.range] else {
            return try await next(request, context)
        }
        guard Self.isSingleByteRange(range) else {
            var head = request.head
            head.headerFields[.range] = nil
            return try await next(Request(head: head, body: request.body), context)
        }
        let response = try await next(request, context)
        guard response.status == .partialContent,
            let contentRange = response.headers[.contentRange],
            let (first, last, size) = Self.parseContentRange(contentRange),
            first > last
        else {
            return response
        }
        return Response(status: .rangeNotSatisfiable, headers: [.contentRange: "bytes */\(size)", .contentLength: "0"])
    }

    /// Whether a `Range` value is `bytes=first-` or `bytes=first-last` with `first <= last`.
    static func isSingleByteRange(_ value: String) -> Bool {
        guard value.hasPrefix("bytes=") else { return false }
        let bounds = value.dropFirst("bytes=".count).split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count == 2, let first = Int(bounds[0]), first >= 0, !bounds[0].hasPrefix("+") else {
            return false
        }
        if bounds[1].isEmpty { return true }
        guard let last = Int(bounds[1]), !bounds[1].hasPrefix("+") else { return false }
        return first <= last
    }

    /// Reads `bytes first-last/size` as written by `FileMiddleware`.
    private static func parseContentRange(_ value: String) -> (Int, Int, Int)? {
        guard value.hasPrefix("bytes ") else { return nil }
        let parts = value.dropFirst("bytes ".count).split(separator: "/")
        guard parts.count == 2, let size = Int(parts[1]) else { return nil }
        let bounds = parts[0].split(separator: "-")
        guard bounds.count == 2, let first = Int(bounds[0]), let last = Int(bounds[1]) else { return nil }
        return (first, last, size)
    }
}
