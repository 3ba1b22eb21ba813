/// Escaping for the HTML we write ourselves: custom nodes of the Markdown renderer, feeds, the dev server's pages.
///
/// Stateless and `Sendable`: call from any thread.
package enum HTML {
    /// Escapes text for use between tags: `&`, `<`, `>` and `"` become entities, as cmark escapes text.
    /// - Parameter text: Any text.
    /// - Returns: The text with those four characters replaced by `&amp;`, `&lt;`, `&gt;` and `&quot;`.
    package static func escape(_ text: String) -> String {
        replacing(text, .text)
    }

    /// Escapes a value for use inside a single- or double-quoted attribute.
    ///
    /// This escapes characters only; it does not judge a URL's scheme. Check a URL is safe before
    /// putting it into an `href` of a custom node, since cmark's safe mode does not look inside custom nodes.
    /// - Parameter value: Any text.
    /// - Returns: The value with `&`, `<`, `>`, `"` and `'` replaced by entities.
    package static func escapeAttribute(_ value: String) -> String {
        replacing(value, .attribute)
    }

    /// Escapes a value for use inside a double-quoted attribute and nothing else: only `&` and `"` become entities,
    /// so that a value full of single quotes (a Content-Security-Policy, a URL) keeps them as they are.
    package static func escapeDoubleQuoted(_ value: String) -> String {
        replacing(value, .doubleQuoted)
    }

    /// Which characters become entities.
    private enum Context {
        /// `&`, `<`, `>` and `"`.
        case text
        /// `&`, `<`, `>`, `"` and `'`.
        case attribute
        /// `&` and `"`.
        case doubleQuoted
    }

    private static func replacing(_ text: String, _ context: Context) -> String {
        if let replaced = text.utf8.withContiguousStorageIfAvailable({ replacing($0, context) }) {
            return replaced ?? text
        }
        return Array(text.utf8).withUnsafeBufferPointer { replacing($0, context) } ?? text
    }

    /// The bytes with the special characters replaced, copying the runs between them; `nil` when there are none.
    private static func replacing(_ bytes: UnsafeBufferPointer<UInt8>, _ context: Context) -> String? {
        func entity(_ byte: UInt8) -> StaticString? {
            switch byte {
            case 0x26: "&amp;"
            case 0x22: "&quot;"
            case 0x3C where context != .doubleQuoted: "&lt;"
            case 0x3E where context != .doubleQuoted: "&gt;"
            case 0x27 where context == .attribute: "&#39;"
            default: nil
            }
        }
        guard let first = bytes.firstIndex(where: { entity($0) != nil }) else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var runStart = 0
        for index in first..<bytes.count {
            guard let entity = entity(bytes[index]) else { continue }
            result += bytes[runStart..<index]
            result += UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount)
            runStart = index + 1
        }
        result += bytes[runStart...]
        return String(decoding: result, as: UTF8.self)
    }
}
