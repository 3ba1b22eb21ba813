import CommonMark

/// Opening `<a>` tags for the links our transforms write as custom inlines, which cmark's safe mode does not check:
/// so only `http`, `https` and `mailto` URLs are ever written, escaped the way cmark escapes its own `href`s.
enum LinkHTML {
    /// The schemes a link we write may have; a URL without a scheme (a relative one) is not allowed either.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The scheme of `url` in lower case (`https`), or `nil` when it has none.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first),
            scheme.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || $0.isASCIIDigit || "+.-".unicodeScalars.contains($0))
            })
        else { return nil }
        return scheme.lowercased()
    }

    /// Whether a link to `url` may be written.
    static func isAllowed(_ url: String) -> Bool {
        scheme(of: url).map(allowedSchemes.contains) ?? false
    }

    /// `<a href="…" …>` for `url`, or `nil` when its scheme is not allowed.
    /// - Parameters:
    ///   - url: the destination, unescaped.
    ///   - title: the `title` attribute; left out when empty.
    ///   - className: the `class` attribute; left out when `nil`.
    ///   - rel: the `rel` attribute; left out when `nil`.
    static func anchor(url: String, title: String = "", className: String? = nil, rel: String? = nil) -> String? {
        guard isAllowed(url) else { return nil }
        var tag = "<a"
        if let className { tag += " class=\"\(HTML.escapeAttribute(className))\"" }
        tag += " href=\"\(href(url))\""
        if !title.isEmpty { tag += " title=\"\(HTML.escapeAttribute(title))\"" }
        if let rel { tag += " rel=\"\(HTML.escapeAttribute(rel))\"" }
        return tag + ">"
    }

    /// `url` ready for an `href`: bytes outside cmark's safe set percent-encoded, `&` and `'` as entities.
    static func href(_ url: String) -> String {
        var result = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;"
            case UInt8(ascii: "'"): result += "&#x27;"
            case _ where isSafe(byte): result.unicodeScalars.append(Unicode.Scalar(byte))
            default: result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    /// The bytes cmark leaves as they are in an `href`: letters, digits and `-_.+!*(),%#@?=;:/$~`.
    private static func isSafe(_ byte: UInt8) -> Bool {
        let scalar = Unicode.Scalar(byte)
        return scalar.isASCII && (scalar.properties.isAlphabetic || scalar.isASCIIDigit)
            || "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
    }
}

extension String {
    /// The string with `0`s in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
