import Placard

/// Where a URL written in a page of the site points, as a browser resolves it.
enum URLTarget: Sendable, Hashable {
    /// A file of the site: its path below the output folder, percent-decoded, without query (`posts/a/index.html`,
    /// or `posts/a` for a folder written without its `/`), and the fragment, percent-decoded, when there is one.
    case site(path: String, fragment: String?)
    /// A path on the site's host but outside its root path (a `base_url` of `https://x.org/campaign/` and a link
    /// to `/other/`).
    case outside(path: String)
    /// Another host.
    case foreign(host: String)
    /// A `data:` URL.
    case data
    /// A `javascript:` URL.
    case script
    /// A URL of another scheme that loads nothing from the network by itself: `mailto:`, `tel:`, `sms:`…
    case otherScheme(String)
    /// A URL no browser can resolve (`https://` with no host).
    case invalid
}

/// Resolves the URLs in a page against the site's `base_url`, the way the WHATWG URL parser does for the parts that
/// decide where a request goes: spaces and control characters around a URL are dropped and tabs and line breaks
/// inside it are ignored, `\` counts as `/`, `https:x` is relative on an `https:` site and `http:x` is the host
/// `x`, `//host` is protocol-relative, user info and port are not part of the host.
struct URLResolver: Sendable {
    /// Schemes whose URLs have a host (WHATWG "special" schemes, without `file`).
    static let networkSchemes: Set = ["http", "https", "ws", "wss", "ftp"]

    /// `base_url`'s scheme, lower-cased.
    let scheme: String
    /// `base_url`'s host, lower-cased.
    let host: String
    /// `base_url`'s path, ending in `/`.
    let root: String

    /// Reads `base_url`; nil when it has no scheme or host.
    init?(baseURL: String) {
        guard let (scheme, afterScheme) = URLScheme.split(baseURL) else { return nil }
        self.scheme = scheme
        let rest = afterScheme.drop { $0 == "/" }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        host = Self.hostName(String(authority))
        guard !host.isEmpty else { return nil }
        let path = rest.dropFirst(authority.count).prefix { $0 != "?" && $0 != "#" }
        root = path.hasSuffix("/") ? String(path) : path + "/"
    }

    /// Where a URL written in the page at `page` (a path below the output folder) points; an empty URL is the page.
    func resolve(_ written: String, from page: String) -> URLTarget {
        let url = Self.clean(written)
        guard !url.isEmpty else { return .site(path: page, fragment: nil) }
        if let (scheme, rest) = URLScheme.split(url) {
            guard Self.networkSchemes.contains(scheme) else {
                switch scheme {
                case "data": return .data
                case "javascript": return .script
                default: return .otherScheme(scheme)
                }
            }
            let slashes = rest.prefix { $0 == "/" || $0 == "\\" }.count
            if scheme != self.scheme || slashes >= 2 { return authority(rest.dropFirst(slashes)) }
            return path(rest, from: page)
        }
        let slashes = url.prefix { $0 == "/" || $0 == "\\" }.count
        return slashes >= 2 ? authority(url.dropFirst(slashes)) : path(url[...], from: page)
    }

    /// After `scheme://`: the host, then a path on it.
    private func authority(_ text: Substring) -> URLTarget {
        let authority = text.prefix { !"/\\?#".contains($0) }
        let name = Self.hostName(String(authority))
        guard !name.isEmpty else { return .invalid }
        guard name == host else { return .foreign(host: name) }
        let rest = text.dropFirst(authority.count)
        return path(rest.first == "/" || rest.first == "\\" ? rest : "/" + rest, from: "")
    }

    /// A relative or root-relative reference, with its query and fragment.
    private func path(_ reference: Substring, from page: String) -> URLTarget {
        let hash = reference.firstIndex(of: "#")
        let fragment = hash.map { Self.percentDecoded(String(reference[reference.index(after: $0)...])) }
        let beforeHash = reference[..<(hash ?? reference.endIndex)]
        let written = String(beforeHash.prefix { $0 != "?" }.map { $0 == "\\" ? "/" : $0 })
        if written.isEmpty { return .site(path: page, fragment: fragment) }
        let directory = root + (page.lastIndex(of: "/").map { String(page[...$0]) } ?? "")
        let absolute = Self.removingDotSegments(written.hasPrefix("/") ? written : directory + written)
        if absolute + "/" == root { return .site(path: "index.html", fragment: fragment) }
        guard absolute.hasPrefix(root) else { return .outside(path: absolute) }
        var inSite = Self.percentDecoded(String(absolute.dropFirst(root.count)))
        if inSite.isEmpty || inSite.hasSuffix("/") { inSite += "index.html" }
        return .site(path: inSite, fragment: fragment)
    }
}
