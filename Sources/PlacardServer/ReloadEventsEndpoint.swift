import Hummingbird
import ServiceLifecycle

/// Answers `GET /_placard/events` with a stream of server-sent events (see `ReloadEvent`) that lasts until the
/// browser goes away or the server shuts down; other paths pass on.
///
/// The stream ends as soon as graceful shutdown starts, so an open page never keeps Ctrl-C from stopping the server.
struct ReloadEventsEndpoint<Context: RequestContext>: RouterMiddleware {
    /// The browsers listening, which a new stream joins.
    let reload: LiveReload

    /// Answers the events path with a stream; passes every other path on.
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.uri.path == ReloadScript.eventsPath else {
            return try await next(request, context)
        }
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
        guard request.method == .get else {
            return Response(status: .ok, headers: headers)
        }
        let events = reload.listen()
        return Response(
            status: .ok,
            headers: headers,
            body: ResponseBody { writer in
                for await event in events.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: event))
                }
                try await writer.finish(nil)
            }
        )
    }
}
