import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1, for the tests of `--fetch-media`: each path answers as its route says (a
/// status, a type, a body, a delay before the answer, a body with or without its length, failures before it works).
/// It accepts on a thread of its own and answers each request on another; `stop()` closes it. Never reachable from
/// outside the machine.
final class LoopbackServer: @unchecked Sendable {
    struct Route: Sendable {
        var status = 200
        var type = "image/jpeg"
        var body = Data("JPEG".utf8)
        /// Seconds before the answer.
        var delay: TimeInterval = 0
        /// Whether the answer gives its length; without it, the body ends when the connection closes.
        var sendsLength = true
        /// How many requests answer 503 before this route answers.
        var failuresFirst = 0
        /// A `Location` header, for a redirect.
        var location: String?
    }

    let port: UInt16
    private let socket: Int32
    private let lock = NSLock()
    private var routes: [String: Route]
    private var served: [String] = []

    /// The requested paths, in order.
    var requests: [String] { lock.withLock { served } }

    /// The base URL, `http://127.0.0.1:PORT`.
    var base: String { "http://127.0.0.1:\(port)" }

    init(routes: [String: Route]) throws {
        self.routes = routes
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        var one: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(socket, 16) == 0 else {
            close(socket)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        self.socket = socket
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// Stops accepting; answers under way end on their own.
    func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(socket, nil, nil)
            guard connection >= 0 else { return }
            let thread = Thread { [self] in answer(connection) }
            thread.start()
        }
    }

    private func answer(_ connection: Int32) {
        defer { close(connection) }
        var request = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.contains(Data("\r\n\r\n".utf8)) {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            request.append(contentsOf: buffer[0..<count])
        }
        let line = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
        let path = line.count > 1 ? String(line[1]) : "/"
        let route = lock.withLock { () -> Route? in
            served.append(path)
            guard var route = routes[path] else { return nil }
            if route.failuresFirst > 0 {
                route.failuresFirst -= 1
                routes[path] = route
                return Route(status: 503, type: "text/plain", body: Data("busy".utf8))
            }
            return route
        }
        let answer = route ?? Route(status: 404, type: "text/html", body: Data("<h1>Not found</h1>".utf8))
        if answer.delay > 0 { Thread.sleep(forTimeInterval: answer.delay) }
        var head = "HTTP/1.1 \(answer.status) X\r\nContent-Type: \(answer.type)\r\nConnection: close\r\n"
        if answer.sendsLength { head += "Content-Length: \(answer.body.count)\r\n" }
        if let location = answer.location { head += "Location: \(location)\r\n" }
        send(connection, Data((head + "\r\n").utf8) + answer.body)
    }

    private func send(_ connection: Int32, _ data: Data) {
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let sent = Glibc.send(
                    connection, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return }
                offset += sent
            }
        }
    }
}
