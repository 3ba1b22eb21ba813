import Foundation
import Placard

/// Where the old WordPress site was: its host names, from the export's channel and items, to tell a link to one of its
/// pages or files from a link elsewhere, in any of the forms a post may write it (`http` or `https`, with or without
/// `www.`, with or without the trailing slash, `?p=123`, a path from the root).
struct WordPressSite: Sendable {
    /// An address of the old site, as links to it are matched: the id of `?p=`, `?page_id=` or `?attachment_id=`
    /// (WordPress numbers posts, pages and attachments in one sequence), or else the path, percent-decoded,
    /// lower-cased, without its trailing slash.
    enum Address: Sendable, Hashable {
        case id(String)
        case path(String)
    }

    /// The host names, lower-cased, without `www.` and port.
    let hosts: Set<String>
    /// `scheme://host` of the old site, for paths written from its root (`/wp-content/uploads/…`); nil when the export
    /// does not say.
    let origin: String?
    /// The path of the blog on its host (`/` or `/blog/`), where WordPress answered `?p=123`.
    let basePath: String

    /// The site of an export whose channel and items give these addresses.
    init(channel: [String: String], links: [String]) {
        var hosts = Set<String>()
        var origin: String?
        var basePath: String?
        let channelLinks = [channel["wp:base_blog_url"], channel["link"], channel["wp:base_site_url"]].compactMap(
            \.self)
        for (index, link) in (channelLinks + links).enumerated() {
            guard let parts = Self.split(link), let host = parts.host else { continue }
            hosts.insert(host)
            if origin == nil, let scheme = parts.scheme { origin = "\(scheme)://\(parts.authority)" }
            if basePath == nil, index < channelLinks.count {
                basePath = parts.path.hasSuffix("/") ? parts.path : parts.path + "/"
            }
        }
        self.hosts = hosts
        self.origin = origin
        self.basePath = basePath ?? "/"
    }

    /// The query parameters that name a post, a page or an attachment by id.
    static let idParameters: Set = ["p", "page_id", "attachment_id"]

    /// The old site's address a URL names, and its fragment; nil for a URL of another site, or one relative to the
    /// page it is written in.
    func address(of url: String) -> (address: Address, fragment: String?)? {
        guard let parts = Self.split(url), parts.host.map(hosts.contains) ?? true else { return nil }
        for item in parts.query.split(separator: "&") {
            let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2, Self.idParameters.contains(pair[0]), !pair[1].isEmpty,
                pair[1].allSatisfy({ $0.isASCII && $0.isNumber })
            {
                return (.id(pair[1]), parts.fragment)
            }
        }
        return (.path(Self.key(parts.path)), parts.fragment)
    }

    /// A path as addresses are matched: percent-decoded, lower-cased, without its trailing slash.
    static func key(_ path: String) -> String {
        var decoded = (path.removingPercentEncoding ?? path).lowercased()
        while decoded.hasSuffix("/") { decoded.removeLast() }
        return decoded
    }

    /// The parts of an absolute URL (`http`, `https` or `//`) or of a path from the root (`/a/b/`); nil for anything
    /// else. The host is lower-cased, without `www.`, port or trailing dot.
    struct Parts: Sendable {
        var scheme: String?
        var authority: String
        var host: String?
        var path: String
        var query: String
        var fragment: String?
    }

    static func split(_ url: String) -> Parts? {
        var rest = Substring(url.trimmingCharacters(in: .whitespacesAndNewlines))
        var scheme: String?
        var host: String?
        var authority = ""
        let lower = rest.lowercased()
        for name in ["http", "https"] where lower.hasPrefix(name + "://") {
            scheme = name
            rest = rest.dropFirst(name.count + 1)
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            authority = String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
            rest = rest.dropFirst(authority.count)
            host = Self.host(authority)
            guard host?.isEmpty == false else { return nil }
        } else if scheme != nil || !rest.hasPrefix("/") {
            return nil
        }
        let fragment = rest.firstIndex(of: "#").map { String(rest[rest.index(after: $0)...]) }
        let beforeFragment = rest.prefix { $0 != "#" }
        let path = String(beforeFragment.prefix { $0 != "?" })
        let query = String(beforeFragment.dropFirst(path.count).dropFirst())
        return Parts(
            scheme: scheme, authority: authority, host: host, path: path.isEmpty ? "/" : path, query: query,
            fragment: fragment)
    }

    private static func host(_ authority: String) -> String {
        var host = authority.split(separator: "@").last.map(String.init) ?? ""
        if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") { host = String(host[..<colon]) }
        host = host.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }
}
