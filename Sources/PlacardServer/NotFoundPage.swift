import Hummingbird
import Placard

/// Answers "not found" with the output folder's `404.html` and status 404, like a static host does.
///
/// Sits in front of `FileMiddleware`: whatever it (or the router behind it) reports as not found, thrown or
/// returned, becomes the folder's `404.html`, read afresh for each request so a rebuild shows at once. Below a
/// folder named like a language (`/es/…`) that has its own `404.html`, that one answers, as deploy/nginx.conf does.
/// When the folder has no `404.html`, the answer is a plain-text "Not found". A `HEAD` request gets the headers only.
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
        var found: (id: String, attributes: OutputFolder.FileAttributes)?
        for path in [Self.languagePage(request.uri.path), path].compactMap({ $0 }) {
            if let id = folder.getFileIdentifier(path), let attributes = try await folder.getAttributes(id: id),
                !attributes.isFolder
            {
                found = (id, attributes)
                break
            }
        }
        guard let (id, attributes) = found else { return Self.plainNotFound(request) }
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

    /// `/es/404.html` for a path below `/es/`: a first folder named like a language (``LanguageCode/isShaped(_:)``);
    /// nil for any other path.
    static func languagePage(_ path: String) -> String? {
        let parts = path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].isEmpty else { return nil }
        let rest = parts[1]
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let folder = rest[..<slash]
        return LanguageCode.isShaped(folder) ? "/\(folder)/404.html" : nil
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
