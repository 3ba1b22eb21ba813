import Foundation

/// The server-sent events of the live-reload endpoint, as text.
///
/// `hello` comes first on each connection, with the server's version; `change` follows every rebuild that changed
/// something, with the new version, whether every page should reload, and the output paths written or removed.
enum ReloadEvent {
    /// How long a browser waits before reconnecting, in milliseconds.
    static let retry = 1000

    private struct Payload: Encodable {
        var version: String
        var all: Bool? = nil
        var paths: [String]? = nil
    }

    static func hello(version: String) -> String {
        "retry: \(retry)\nevent: hello\ndata: \(json(Payload(version: version)))\n\n"
    }

    static func change(version: String, everything: Bool, paths: [String]) -> String {
        "event: change\ndata: \(json(Payload(version: version, all: everything, paths: paths)))\n\n"
    }

    static let ping = ": ping\n\n"

    /// One line of JSON (the encoder writes no line breaks).
    private static func json(_ payload: Payload) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(payload), as: UTF8.self)
        } catch {
            fatalError("a payload of strings and booleans always encodes: \(error)")
        }
    }
}
