/// Escaping for the HTML we write ourselves, e.g. the enter and exit strings of custom nodes.
///
/// Stateless and `Sendable`: call from any thread.
public enum HTML {
    /// Escapes text for use between tags: `&`, `<`, `>` and `"` become entities, as cmark escapes text.
    /// - Parameter text: Any text.
    /// - Returns: The text with those four characters replaced by `&amp;`, `&lt;`, `&gt;` and `&quot;`.
    public static func escape(_ text: String) -> String {
        replacing(text, quotes: false)
    }

    /// Escapes a value for use inside a single- or double-quoted attribute.
    ///
    /// This escapes characters only; it does not judge a URL's scheme. Check a URL is safe before
    /// putting it into an `href` of a custom node, since cmark's safe mode does not look inside custom nodes.
    /// - Parameter value: Any text.
    /// - Returns: The value with `&`, `<`, `>`, `"` and `'` replaced by entities.
    public static func escapeAttribute(_ value: String) -> String {
        replacing(value, quotes: true)
    }

    private static func replacing(_ text: String, quotes: Bool) -> String {
        let utf8 = text.utf8
        func special(_ byte: UInt8) -> Bool {
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || (quotes && byte == 0x27)
        }
        guard let first = utf8.firstIndex(where: special) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 64)
        result += utf8[..<first]
        for byte in utf8[first...] {
            switch byte {
            case 0x26: result += "&amp;".utf8
            case 0x3C: result += "&lt;".utf8
            case 0x3E: result += "&gt;".utf8
            case 0x22: result += "&quot;".utf8
            case 0x27 where quotes: result += "&#39;".utf8
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
