import Foundation

/// What a shared link shows and where it can be shared: the description, share links built at build time, and
/// the JSON-LD `BlogPosting` for search engines.
struct SocialContext: Sendable {
    /// The longest description, in characters, before it is cut at a word.
    static let descriptionLimit = 160

    /// The summary, or the first paragraph as plain text, cut at a word near 160 characters with "…".
    static func description(summary: String?, firstParagraph: () -> String) -> String {
        let text = summary ?? firstParagraph()
        return cut(text.split(whereSeparator: \.isWhitespace).joined(separator: " "), limit: descriptionLimit)
    }

    /// Text cut at the last space before `limit` characters, with "…" when anything was cut.
    static func cut(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit - 1)
        let end = head.lastIndex(of: " ") ?? head.endIndex
        var kept = head[..<end]
        while let last = kept.last, last.isPunctuation || last == " " { kept = kept.dropLast() }
        return kept + "…"
    }

    /// Plain links that share a page: nothing is loaded from those services until a reader clicks.
    static func shareLinks(title: String, url: String) -> [String: Any] {
        let text = encode(title)
        let link = encode(url)
        let both = encode("\(title) \(url)")
        return [
            "email": "mailto:?subject=\(text)&body=\(link)",
            "x": "https://x.com/intent/post?text=\(text)&url=\(link)",
            "facebook": "https://www.facebook.com/sharer/sharer.php?u=\(link)",
            "bluesky": "https://bsky.app/intent/compose?text=\(both)",
            "linkedin": "https://www.linkedin.com/sharing/share-offsite/?url=\(link)",
            "whatsapp": "https://wa.me/?text=\(both)",
        ]
    }

    /// Percent-encodes a query value: everything but unreserved characters (RFC 3986), spaces as `%20`.
    static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    /// A JSON-LD object as text that is safe inside `<script type="application/ld+json">`: `<`, `>` and `&` are
    /// written as `\u003c`, `\u003e`, `\u0026`, so no value can close the script element.
    static func jsonLD(_ object: [String: Any]) -> String {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
            let text = String(data: data, encoding: .utf8)
        else { return "{}" }
        return text.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
