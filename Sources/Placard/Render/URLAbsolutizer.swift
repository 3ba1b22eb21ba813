import Foundation
import Markup

/// Makes every `href` and `src` in an HTML fragment absolute, for feeds: a reader shows an entry far from the site.
///
/// Works on the HTML that cmark and the theme write (attributes in double quotes); an attribute in another form
/// is left as it is.
struct URLAbsolutizer: Sendable {
    /// The absolute URL of the page the fragment belongs to; relative URLs resolve against it.
    let page: URL

    init?(page: String) {
        guard let url = URL(string: page) else { return nil }
        self.page = url
    }

    /// The fragment with `href="…"` and `src="…"` values resolved against the page.
    func absolutize(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 256)
        var copied = 0
        var index = 0
        while let valueStart = Self.nextValue(in: bytes, from: index) {
            guard let close = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            result += bytes[copied..<valueStart]
            result += resolve(String(decoding: bytes[valueStart..<close], as: UTF8.self)).utf8
            copied = close
            index = close
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The index just after the next ` href="` or ` src="` at or after `start`, in one pass over the bytes.
    private static func nextValue(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while let space = bytes[index...].firstIndex(of: UInt8(ascii: " ")) {
            let next = space + 1
            if next < bytes.count, bytes[next] == UInt8(ascii: "h"), bytes[next...].starts(with: href) {
                return next + href.count
            }
            if next < bytes.count, bytes[next] == UInt8(ascii: "s"), bytes[next...].starts(with: src) {
                return next + src.count
            }
            index = next
        }
        return nil
    }

    private static let href = Array("href=\"".utf8)
    private static let src = Array("src=\"".utf8)

    /// An escaped attribute value, resolved; absolute URLs and values that are not URLs are kept.
    private func resolve(_ escaped: String) -> String {
        if escaped.hasPrefix("https://") || escaped.hasPrefix("http://") { return escaped }
        let raw = escaped.replacingOccurrences(of: "&amp;", with: "&")
        guard !raw.isEmpty, URL(string: raw)?.scheme == nil,
            let absolute = URL(string: raw, relativeTo: page)?.absoluteString
        else { return escaped }
        return HTML.escapeDoubleQuoted(absolute)
    }
}
