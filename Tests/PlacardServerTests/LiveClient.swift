import HTTPTypes
import Hummingbird
import NIOCore

/// Sends requests to a server on 127.0.0.1, each on a connection of its own.
struct LiveClient: Sendable {
    let port: Int

    /// A response as it came over the wire.
    struct Response: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: ByteBuffer
    }

    /// Sends one request with `Connection: close` and reads the whole response.
    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:]) async throws -> Response {
        var fields: [String: String] = [:]
        for field in headers { fields[field.name.canonicalName] = field.value }
        let response = try await HTTPProbe.get(uri, port: port, method: method.rawValue, headers: fields)
        var received = HTTPFields()
        for (name, value) in response.headerList {
            if let name = HTTPField.Name(name) { received.append(HTTPField(name: name, value: value)) }
        }
        return Response(
            status: HTTPResponse.Status(code: response.status), headers: received,
            body: ByteBuffer(bytes: response.bytes))
    }
}
