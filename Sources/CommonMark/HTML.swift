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
        if let replaced = text.utf8.withContiguousStorageIfAvailable({ replacing($0, quotes: quotes) }) {
            return replaced ?? text
        }
        return Array(text.utf8).withUnsafeBufferPointer { replacing($0, quotes: quotes) } ?? text
    }

    /// The bytes with the special characters replaced, copying the runs between them; `nil` when there are none.
    private static func replacing(_ bytes: UnsafeBufferPointer<UInt8>, quotes: Bool) -> String? {
        func special(_ byte: UInt8) -> Bool {
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || (quotes && byte == 0x27)
        }
        guard let first = bytes.firstIndex(where: special) else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var runStart = 0
        for index in first..<bytes.count {
            let entity: StaticString
            switch bytes[index] {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27 where quotes: entity = "&#39;"
            default: continue
            }
            result += bytes[runStart..<index]
            result += UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount)
            runStart = index + 1
        }
        result += bytes[runStart...]
        return String(decoding: result, as: UTF8.self)
    }
}
