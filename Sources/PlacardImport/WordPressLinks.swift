import Foundation
import Placard

/// The new addresses of the old site's pages and files, for the links in imported bodies: a link to an imported post or
/// page (any form of its old address) goes to its new page, a link to an attachment page to the file (or, when the file
/// was not brought, to the attachment's post), and a media file that was brought is loaded from its new place.
struct WordPressLinks {
    let plan: WordPressPlan
    let media: MediaLibrary
    /// The site's root path, `/` or `/campaign/`, percent-encoded: links in posts and pages start with it.
    let root: String
    /// The site's `base_url`, for links in comments, which only link absolute addresses; nil when the content folder
    /// has no `site.yml` yet, or when it holds a character Markdown or YAML could misread.
    let base: String?
    /// What a comment's lines hold when they may name the old site: one of its host names, or a link from the root.
    private let markers: [Data]
    /// The new address of each address comments link to, once looked up: comments link the same few addresses.
    private let known = Known()

    private final class Known {
        var addresses: [String: String?] = [:]
    }

    /// The links of an import into a site whose `base_url` is `baseURL` (nil without a `site.yml`).
    init(plan: WordPressPlan, media: MediaLibrary, baseURL: String?) {
        self.plan = plan
        self.media = media
        markers = plan.site.hosts.map { Data($0.utf8) } + [Data("](</".utf8)]
        root = URLs.percentEncoded(baseURL.map { URLs(baseURL: $0).root } ?? "/")
        base = baseURL.flatMap { url in
            url.unicodeScalars.allSatisfy {
                $0.value > 0x20 && $0.value != 0x7F && !"\"<>\\`".unicodeScalars.contains($0)
            }
                ? url : nil
        }
    }

    /// Where an old address of an imported post, page or attachment leads, below the site's root, with the fragment it
    /// had (but `#respond`, the old comment form); nil for any other address.
    func target(_ url: String) -> String? {
        guard let (address, fragment) = plan.site.address(of: url), let target = plan.addresses[address] else {
            return nil
        }
        var path: String
        switch target {
        case .entry(let index):
            path = URLs.percentEncoded(plan.entries[index].url)
        case .attachment(let id):
            guard let attachment = plan.attachments[id] else { return nil }
            if let placement = media.placement(of: attachment) {
                path = URLs.percentEncoded(placement.url)
            } else if let parent = plan.entry(id: attachment.parent) {
                path = URLs.percentEncoded(parent.url)
            } else {
                return nil
            }
        }
        if let fragment, !fragment.isEmpty, fragment != "respond" { path += "#" + fragment }
        return path
    }

    /// The edit of one URL of a post's or page's HTML: a brought media file's new place (a resized copy replaced by its
    /// original, or left out of a `srcset`), an old address's new page; anything else as it is.
    func edit(_ url: String, _ use: PostHTMLEditor.Use) -> PostHTMLEditor.Edit {
        if let file = media.file(url) {
            let fragment = url.firstIndex(of: "#").map { String(url[$0...]) } ?? ""
            switch media.resolve(file) {
            case .exact(let path): return .replace(root + URLs.percentEncoded(path) + fragment)
            case .original(let path):
                return use == .candidate ? .drop : .replace(root + URLs.percentEncoded(path) + fragment)
            case .missing: return .keep
            }
        }
        guard use == .link, let target = target(url) else { return .keep }
        return .replace(root + target)
    }

    /// The new absolute address for a link in a comment, or nil to keep it.
    func comment(_ url: String) -> String? {
        if let new = known.addresses[url] { return new }
        let new = lookUp(url)
        known.addresses[url] = new
        return new
    }

    private func lookUp(_ url: String) -> String? {
        guard let base else { return nil }
        if let file = media.file(url), case .exact(let path) = media.resolve(file) {
            return base + URLs.percentEncoded(path)
        }
        return target(url).map { base + $0 }
    }

    /// A comment's staged lines with their links rewritten, or the same bytes when they name no address of the old site
    /// (most comments: only their bytes are searched).
    func rewriteComment(_ tail: Data) -> Data {
        guard base != nil, markers.contains(where: { tail.firstRange(of: $0) != nil }) else { return tail }
        return Data(rewriteComment(String(decoding: tail, as: UTF8.self)).utf8)
    }

    /// A comment's staged lines with their links rewritten: the Markdown links `[text](<url>)` that `CommentMarkdown`
    /// writes, and `author_url`. A new address holds no character Markdown or YAML would read differently.
    func rewriteComment(_ tail: String) -> String {
        guard base != nil, tail.contains("](<") || tail.contains("author_url: ") else { return tail }
        var result = ""
        var rest = Substring(tail)
        while let open = rest.range(of: "](<") {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ">"), !rest[..<close].contains("\n") else { continue }
            let url = String(rest[..<close])
            result += comment(url) ?? url
            rest = rest[close...]
        }
        result += rest
        return rewriteAuthorURL(result)
    }

    private func rewriteAuthorURL(_ tail: String) -> String {
        guard let start = tail.range(of: "\n  author_url: \"") ?? tail.range(of: "  author_url: \""),
            let end = tail[start.upperBound...].firstIndex(of: "\"")
        else { return tail }
        let url = String(tail[start.upperBound..<end])
        guard !url.contains("\\"), let new = comment(url) else { return tail }
        return tail.replacingCharacters(in: start.upperBound..<end, with: new)
    }
}
