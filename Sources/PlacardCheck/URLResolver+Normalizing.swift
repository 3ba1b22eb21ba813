import Placard

extension URLResolver {
    /// The URL without the spaces and control characters around it and the tabs and line breaks in it, which a
    /// browser ignores.
    static func clean(_ url: String) -> String {
        let scalars = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = scalars.drop { $0.value <= 0x20 }.reversed().drop { $0.value <= 0x20 }.reversed()
        return String(String.UnicodeScalarView(trimmed))
    }

    /// The host of an authority (`user@host:port`), percent-decoded and lower-cased.
    static func hostName(_ authority: String) -> String {
        let afterUser = authority.lastIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority[...]
        let host =
            afterUser.hasPrefix("[")
            ? afterUser.prefix { $0 != "]" } + (afterUser.contains("]") ? "]" : "")
            : String(afterUser.prefix { $0 != ":" })
        return percentDecoded(host).lowercased()
    }

    /// The text with its `%XX` escapes decoded as UTF-8; a `%` not followed by two hex digits stays.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// An absolute path with its `.` and `..` segments (also written `%2e`) resolved.
    static func removingDotSegments(_ path: String) -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var kept: [Substring] = []
        for (offset, segment) in segments.enumerated() {
            let name = segment.lowercased().replacingPercentDots()
            let isLast = offset == segments.count - 1
            if name == "." || name == ".." {
                if name == ".." { _ = kept.popLast() }
                if isLast { kept.append("") }
            } else {
                kept.append(segment)
            }
        }
        return "/" + kept.joined(separator: "/")
    }
}

extension String {
    /// `%2e` as `.`, for dot segments.
    fileprivate func replacingPercentDots() -> String {
        guard count <= 6 else { return self }
        var result = self
        while let range = result.firstRange(of: "%2e") { result.replaceSubrange(range, with: ".") }
        return result
    }
}
