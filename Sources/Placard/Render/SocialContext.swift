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
    static func shareLinks(title: String, url: String) -> [String: String] {
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
        var encoded: [UInt8] = []
        encoded.reserveCapacity(value.utf8.count * 3)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                encoded.append(byte)
            default:
                encoded += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    /// A JSON-LD object as text that is safe inside `<script type="application/ld+json">`: `<`, `>` and `&` are
    /// written as `\u003c`, `\u003e`, `\u0026`, so no value can close the script element.
    ///
    /// Written here rather than by JSONSerialization, which was slow for a dozen keys per page
    /// (docs/performance.md): keys sorted, no spaces, slashes as they are, control characters as JSONSerialization writes them. Values are
    /// strings, integers, booleans, and objects and arrays of those.
    static func jsonLD(_ object: [String: Any]) -> String {
        var text = ""
        text.reserveCapacity(512)
        writeJSON(object, into: &text)
        return text
    }

    private static func writeJSON(_ value: Any, into text: inout String) {
        switch value {
        case let string as String:
            writeJSONString(string, into: &text)
        case let object as [String: Any]:
            text += "{"
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { text += "," }
                writeJSONString(key, into: &text)
                text += ":"
                writeJSON(object[key]!, into: &text)
            }
            text += "}"
        case let array as [Any]:
            text += "["
            for (index, element) in array.enumerated() {
                if index > 0 { text += "," }
                writeJSON(element, into: &text)
            }
            text += "]"
        case let bool as Bool:
            text += bool ? "true" : "false"
        case let number as Int:
            text += String(number)
        default:
            writeJSONString("\(value)", into: &text)
        }
    }

    private static func writeJSONString(_ string: String, into text: inout String) {
        text += "\""
        guard
            string.containsByte(where: {
                $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26
            })
        else {
            text += string
            text += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "<": text += "\\u003c"
            case ">": text += "\\u003e"
            case "&": text += "\\u0026"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
