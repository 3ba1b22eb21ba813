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
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'" where quotes: result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
