import Hummingbird

/// Answers "not found" with the output folder's `404.html` and status 404, like a static host does.
///
/// Sits in front of `FileMiddleware`: whatever it (or the router behind it) reports as not found, thrown or
/// returned, becomes the folder's `404.html`, read afresh for each request so a rebuild shows at once. When the
/// folder has no `404.html`, the answer is a plain-text "Not found". A `HEAD` request gets the headers only.
struct NotFoundPage<Context: RequestContext>: RouterMiddleware {
    let folder: OutputFolder
    /// The URL path of the page, inside the folder.
    let path: String

    init(folder: OutputFolder, path: String = "/404.html") {
        self.folder = folder
        self.path = path
    }

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            return try await notFound(request, context: context)
        }
        guard response.status == .notFound else { return response }
        return try await notFound(request, context: context)
    }

    private func notFound(_ request: Request, context: Context) async throws -> Response {
        guard let id = folder.getFileIdentifier(path),
            let attributes = try await folder.getAttributes(id: id),
            !attributes.isFolder
        else {
            return Self.plainNotFound(request)
        }
        let headers: HTTPFields = [
            .contentType: StaticServer.mediaTypes["html"]?.description ?? "text/html",
            .contentLength: String(attributes.size),
            .cacheControl: "no-cache",
        ]
        if request.method == .head {
            return Response(status: .notFound, headers: headers)
        }
        let body = try await folder.loadFile(id: id, context: context)
        return Response(status: .notFound, headers: headers, body: body)
    }

    private static func plainNotFound(_ request: Request) -> Response {
        let text = "Not found\n"
        let headers: HTTPFields = [
            .contentType: "text/plain; charset=utf-8",
            .contentLength: String(text.utf8.count),
        ]
        if request.method == .head {
            return Response(status: .notFound, headers: headers)
        }
        return Response(status: .notFound, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
