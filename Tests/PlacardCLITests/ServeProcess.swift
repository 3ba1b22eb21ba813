import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `placard serve` process, started as a user would start it, and read line by line as it prints.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let out = Pipe()
    private let lock = NSLock()
    private var printed = ""
    private var errors = ""

    /// Starts `placard serve` with the arguments (`--port 0` is added) in a folder.
    init(_ arguments: [String], in folder: String) throws {
        process.executableURL = URL(fileURLWithPath: PlacardProcess.executable)
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = out
        let err = Pipe()
        process.standardError = err
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self?.lock.withLock { self?.printed += text }
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self?.lock.withLock { self?.errors += text }
        }
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// What the process printed to standard output and standard error so far.
    var output: (stdout: String, stderr: String) {
        lock.withLock { (printed, errors) }
    }

    /// Waits for the `Serving … at URL` line and returns the URL's port.
    func port(timeout: Double = 60) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = output.stdout
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Serving ") }),
                let url = line.split(separator: " ").first(where: { $0.hasPrefix("http://") }),
                let port = Int(url.split(separator: ":").last?.filter(\.isNumber) ?? "")
            {
                return port
            }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw ServeFailure(output: output)
    }

    /// Sends SIGINT, as Ctrl-C does, and waits for the process to exit.
    /// - Returns: the exit status, or `nil` if it was still running after `timeout` seconds.
    func interrupt(timeout: Double = 30) -> Int32? {
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return process.isRunning ? nil : process.terminationStatus
    }

    struct ServeFailure: Error {
        let output: (stdout: String, stderr: String)
    }
}

/// One HTTP/1.1 exchange with 127.0.0.1 on a plain socket: a request, then the whole response (or, for a stream,
/// what arrived until `until` held).
func serveRequest(
    _ path: String, port: Int, timeout: Double = 30, until: ((String) -> Bool)? = nil
) throws -> (status: Int, body: String) {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
    }
    guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    var received = Data()
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if let until, until(String(decoding: received, as: UTF8.self)) { break }
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
        guard poll(&fds, 1, 200) > 0 else { continue }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &buffer, buffer.count, 0)
        if count <= 0 { break }
        received.append(contentsOf: buffer[..<count])
    }
    let text = String(decoding: received, as: UTF8.self)
    let status = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
    return (status, body)
}
