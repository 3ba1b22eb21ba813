import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A blocking HTTP/1.1 client on a plain socket to 127.0.0.1, for tests that talk to a running server as a browser
/// would: whole responses, and event streams read as they come.
///
/// Reads block a thread of their own, never one of the tasks' threads.
final class HTTPProbe: @unchecked Sendable {
    /// A parsed response.
    struct Response {
        var status: Int
        /// The header fields in the order received, names as sent.
        var headerList: [(String, String)]
        /// The body's bytes, de-chunked.
        var bytes: [UInt8]

        /// The header fields by lower-cased name (the last of repeated ones).
        var headers: [String: String] {
            Dictionary(headerList.map { ($0.0.lowercased(), $0.1) }, uniquingKeysWith: { $1 })
        }
        var body: String { String(decoding: bytes, as: UTF8.self) }
    }

    enum Failure: Error { case connect(Int32), timeout(String) }

    private let fd: Int32
    private var received = Data()

    /// Connects to `127.0.0.1:port`.
    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure.connect(errno)
        }
    }

    deinit { close(fd) }

    /// Sends one request; `Connection: close` unless the caller reads a stream.
    func send(_ method: String = "GET", _ path: String, headers: [String: String] = [:]) {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads until `done` holds for what arrived so far, or throws after `timeout` seconds.
    @discardableResult
    func read(until done: @escaping @Sendable (String) -> Bool, timeout: Double = 30) async throws -> String {
        // A thread of its own: Dispatch's global queue runs only as many blocks at once as there are cores, so reads
        // of tests running side by side would wait for one another.
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try self.readBlocking(until: done, timeout: timeout) })
            }.start()
        }
    }

    private func readBlocking(until done: (String) -> Bool, timeout: Double) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while !done(String(decoding: received, as: UTF8.self)) {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw Failure.timeout(String(decoding: received, as: UTF8.self)) }
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 1, Int32(min(left, 1) * 1000)) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received.append(contentsOf: buffer[..<count])
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Reads a whole response to a request sent with `Connection: close`.
    func response() async throws -> Response {
        _ = try await read(until: { _ in false })
        let bytes = [UInt8](received)
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let split = bytes.firstRange(of: separator) else {
            throw Failure.timeout(String(decoding: bytes, as: UTF8.self))
        }
        let lines = String(decoding: bytes[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var headers: [(String, String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append(
                (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var body = Array(bytes[split.upperBound...])
        if headers.contains(where: { $0.0.lowercased() == "transfer-encoding" && $0.1.lowercased() == "chunked" }) {
            body = Self.dechunked(body)
        }
        return Response(status: status, headerList: headers, bytes: body)
    }

    /// The data of a chunked body: each chunk is its size in hex, CRLF, the bytes, CRLF; a chunk of size 0 ends it.
    private static func dechunked(_ bytes: [UInt8]) -> [UInt8] {
        var data: [UInt8] = []
        var index = 0
        while let lineEnd = bytes[index...].firstRange(of: [13, 10]) {
            let sizeText = String(decoding: bytes[index..<lineEnd.lowerBound], as: UTF8.self)
            let sizeField = sizeText.split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeField.trimmingCharacters(in: .whitespaces), radix: 16),
                size > 0, lineEnd.upperBound + size <= bytes.count
            else { break }
            data += bytes[lineEnd.upperBound..<lineEnd.upperBound + size]
            index = lineEnd.upperBound + size + 2
            if index >= bytes.count { break }
        }
        return data
    }

    /// Sends a request and reads its whole response.
    static func get(_ path: String, port: Int, method: String = "GET", headers: [String: String] = [:]) async throws
        -> Response
    {
        let probe = try HTTPProbe(port: port)
        probe.send(method, path, headers: headers.merging(["Connection": "close"]) { $1 })
        return try await probe.response()
    }
}
