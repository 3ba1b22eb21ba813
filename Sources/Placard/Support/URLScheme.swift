/// The one reading of a URL's scheme (RFC 3986: a letter, then letters, digits, `+`, `-` and `.`, before the first
/// `:`), and the one rule for which URLs Placard writes as links, since cmark's safe mode does not look inside the
/// links our transforms write.
package enum URLScheme {
    /// The schemes a link we write may have; a URL without a scheme (a relative one) is not allowed either.
    static let linkable: Set<String> = ["http", "https", "mailto"]

    /// The lower-cased scheme and what follows its `:`, when the URL starts with one.
    package static func split(_ url: String) -> (scheme: String, rest: Substring)? {
        guard let first = url.unicodeScalars.first, isLetter(first), let colon = url.firstIndex(of: ":") else {
            return nil
        }
        let scheme = url[..<colon]
        let allowed = scheme.unicodeScalars.allSatisfy {
            isLetter($0) || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == "."
        }
        return allowed ? (scheme.lowercased(), url[url.index(after: colon)...]) : nil
    }

    /// The scheme of `url` in lower case (`https`), or `nil` when it has none.
    package static func of(_ url: String) -> String? { split(url)?.scheme }

    /// Whether a link to `url` may be written: an `http`, `https` or `mailto` URL.
    static func isLinkable(_ url: String) -> Bool {
        of(url).map(linkable.contains) ?? false
    }

    /// Whether `url` is an `http://` or `https://` URL, the only kind an untrusted author's link may be.
    package static func isWeb(_ url: String) -> Bool {
        guard let (scheme, rest) = split(url) else { return false }
        return (scheme == "http" || scheme == "https") && rest.hasPrefix("//")
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
