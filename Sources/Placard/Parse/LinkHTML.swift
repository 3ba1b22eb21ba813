import Markup

/// Opening `<a>` tags for the links our transforms write as custom inlines, which cmark's safe mode does not check:
/// so only `http`, `https` and `mailto` URLs are ever written, escaped the way cmark escapes its own `href`s.
enum LinkHTML {
    /// `<a href="…" …>` for `url`, or `nil` when its scheme is not allowed.
    /// - Parameters:
    ///   - url: the destination, unescaped.
    ///   - title: the `title` attribute; left out when empty.
    ///   - className: the `class` attribute; left out when `nil`.
    ///   - rel: the `rel` attribute; left out when `nil`.
    static func anchor(url: String, title: String = "", className: String? = nil, rel: String? = nil) -> String? {
        guard URLScheme.isLinkable(url) else { return nil }
        var tag = "<a"
        if let className { tag += " class=\"\(HTML.escapeAttribute(className))\"" }
        tag += " href=\"\(href(url))\""
        if !title.isEmpty { tag += " title=\"\(HTML.escapeAttribute(title))\"" }
        if let rel { tag += " rel=\"\(HTML.escapeAttribute(rel))\"" }
        return tag + ">"
    }

    /// `url` ready for an `href`: bytes outside cmark's safe set percent-encoded, `&` and `'` as entities.
    static func href(_ url: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(url.utf8.count + 16)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;".utf8
            case UInt8(ascii: "'"): result += "&#x27;".utf8
            case _ where isSafe(byte): result.append(byte)
            default: result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The bytes cmark leaves as they are in an `href`: letters, digits and `-_.+!*(),%#@?=;:/$~`.
    static func isSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
        }
    }
}
