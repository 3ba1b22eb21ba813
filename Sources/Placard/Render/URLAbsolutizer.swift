import Foundation

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
        var result = ""
        result.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]
        while let range = nextAttribute(in: rest) {
            result += rest[..<range.lowerBound]
            let valueStart = range.upperBound
            guard let close = rest[valueStart...].firstIndex(of: "\"") else { break }
            result += rest[range]
            result += resolve(String(rest[valueStart..<close]))
            rest = rest[close...]
        }
        result += rest
        return result
    }

    private func nextAttribute(in text: Substring) -> Range<Substring.Index>? {
        let href = text.range(of: " href=\"")
        let src = text.range(of: " src=\"")
        switch (href, src) {
        case let (h?, s?): return h.lowerBound < s.lowerBound ? h : s
        case let (h?, nil): return h
        case let (nil, s?): return s
        case (nil, nil): return nil
        }
    }

    /// An escaped attribute value, resolved; absolute URLs and values that are not URLs are kept.
    private func resolve(_ escaped: String) -> String {
        let raw = escaped.replacingOccurrences(of: "&amp;", with: "&")
        guard !raw.isEmpty, URL(string: raw)?.scheme == nil,
            let absolute = URL(string: raw, relativeTo: page)?.absoluteString
        else { return escaped }
        return absolute.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
