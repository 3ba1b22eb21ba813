/// Finds bare URLs in plain text with the rules of GitHub's autolink extension (GFM spec, "Autolinks (extension)").
///
/// `http://` and `https://` URLs, and `www.` domains at the start of the text, after white space, or after `*`, `_`,
/// `~`, `(` or a quote. The domain is letters, digits, `-` and `_` in segments joined by `.`, with no `_` in the last
/// two segments (`www.` needs a dot after it, which it has). The URL runs to the next white space or `<`; then
/// trailing `?`, `!`, `.`, `,`, `:`, `*`, `_`, `~` and quotes are left out, a trailing `)` is left out while the URL
/// has more `)` than `(`, and a trailing `&…;` that looks like an entity reference is left out.
///
/// The text comes from cmark with smart punctuation, which may have turned `--` in a URL into `–` or `'` into `’`;
/// the scanner reads such characters as the ASCII the author typed, for the link's address and its text.
enum URLScanner {
    /// A URL found in a text.
    struct Match: Sendable, Hashable {
        /// The scalars of the original text it covers.
        var range: Range<Int>
        /// The URL as written, with smart punctuation undone.
        var text: String
        /// Where the link goes: the URL itself, or `https://` and the `www.` domain.
        var href: String
    }

    /// The URLs in `text`, in order and not overlapping.
    static func matches(in text: [Unicode.Scalar]) -> [Match] {
        let plain = PlainText(text)
        var found: [Match] = []
        var index = 0
        while index < plain.scalars.count {
            if let end = urlEnd(in: plain.scalars, at: index) {
                let written = plain.scalars.string(index..<end)
                let href = written.hasPrefix("www.") ? "https://" + written : written
                found.append(Match(range: plain.originalRange(index..<end), text: written, href: href))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// Where a URL starting at `start` ends, or `nil` when none starts there.
    private static func urlEnd(in text: [Unicode.Scalar], at start: Int) -> Int? {
        let domainStart: Int
        let minimumEnd: Int
        if let scheme = scheme(in: text, at: start) {
            domainStart = start + scheme
            minimumEnd = domainStart
        } else if hasPrefix(text, "www.", at: start, caseSensitive: true), mayStartWWW(text, at: start) {
            domainStart = start
            minimumEnd = start + 4
        } else {
            return nil
        }
        guard let domainEnd = domainEnd(in: text, from: domainStart), domainEnd > start else { return nil }
        var end = domainEnd
        while end < text.count, !text[end].isSpace, text[end] != "<" { end += 1 }
        end = trimmedEnd(text, start: start, end: end)
        return end > minimumEnd ? end : nil
    }

    /// The length of `http://` or `https://` at `start` when it is not part of a longer word.
    private static func scheme(in text: [Unicode.Scalar], at start: Int) -> Int? {
        if let before = text[safe: start - 1], before.isWordScalar { return nil }
        for scheme in ["https://", "http://"] where hasPrefix(text, scheme, at: start, caseSensitive: false) {
            return scheme.unicodeScalars.count
        }
        return nil
    }

    /// GFM: a `www.` link starts the text or follows white space, `*`, `_`, `~` or `(`; we also allow quotes.
    private static func mayStartWWW(_ text: [Unicode.Scalar], at start: Int) -> Bool {
        guard let before = text[safe: start - 1] else { return true }
        return before.isSpace || "*_~(\"'".unicodeScalars.contains(before)
    }

    /// The end of a valid domain starting at `start`: segments of host characters, `-` and `_` joined by `.`, with
    /// no `_` in the last two segments; `nil` when there is none.
    private static func domainEnd(in text: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var underscores = (previous: 0, last: 0)
        while let scalar = text[safe: index] {
            if scalar == "_" {
                underscores.last += 1
            } else if scalar == "." {
                underscores = (underscores.last, 0)
            } else if !(scalar == "-" || isHostScalar(scalar)) {
                break
            }
            index += 1
        }
        guard index > start, isHostScalar(text[start]), underscores == (0, 0) else { return nil }
        return index
    }

    /// Letters, digits and other scalars that are neither space nor punctuation.
    private static func isHostScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.properties.isAlphabetic || scalar.isASCIIDigit }
        return !scalar.isSpace && !scalar.isPunctuation
    }

    /// `end` moved back past trailing punctuation, unmatched `)` and entity-like `&name;` (GFM's path validation).
    private static func trimmedEnd(_ text: [Unicode.Scalar], start: Int, end initial: Int) -> Int {
        var end = initial
        let opening = text[start..<end].filter { $0 == "(" }.count
        var closing = text[start..<end].filter { $0 == ")" }.count
        while end > start {
            let last = text[end - 1]
            if "?!.,:*_~\"'".unicodeScalars.contains(last) {
                end -= 1
            } else if last == ")" && closing > opening {
                closing -= 1
                end -= 1
            } else if last == ";" {
                var name = end - 1
                while name > start, text[name - 1].isASCII,
                    text[name - 1].properties.isAlphabetic || text[name - 1].isASCIIDigit
                {
                    name -= 1
                }
                end = name < end - 1 && name > start && text[name - 1] == "&" ? name - 1 : end - 1
            } else {
                break
            }
        }
        return end
    }

    private static func hasPrefix(_ text: [Unicode.Scalar], _ prefix: String, at start: Int, caseSensitive: Bool)
        -> Bool
    {
        let prefix = Array(prefix.unicodeScalars)
        guard start + prefix.count <= text.count else { return false }
        return zip(text[start..<start + prefix.count], prefix).allSatisfy { scalar, expected in
            caseSensitive ? scalar == expected : String(scalar).lowercased() == String(expected)
        }
    }
}
