/// Where every page of the site lives: paths below `public/`, and links from the site's root path.
package struct URLs: Sendable {
    /// The path of `base_url`, "/" or "/campaign/": links are root-relative from it, so they work on every page,
    /// the 404 page at any depth included.
    package let root: String
    /// `base_url`, ending in `/`.
    package let base: String
    /// The folder of a language's pages below the root: `` for the default language, `es/` for Spanish.
    package let prefix: String

    package init(baseURL: String, prefix: String = "") {
        base = baseURL
        self.prefix = prefix
        let afterScheme = baseURL.split(separator: "://", maxSplits: 1).last ?? ""
        let path = afterScheme.firstIndex(of: "/").map { String(afterScheme[$0...]) } ?? "/"
        root = path.hasSuffix("/") ? path : path + "/"
    }

    /// The URLs of the pages in one of the site's languages: those of the default language are at the root, the
    /// others' below `<code>/`.
    init(baseURL: String, language: String, defaultLanguage: String) {
        self.init(baseURL: baseURL, prefix: language == defaultLanguage ? "" : language + "/")
    }

    /// `posts/<slug>/`.
    package func post(_ post: Post) -> String { "\(prefix)posts/\(post.slug)/" }
    /// `posts/<slug>/updates/<key>/`.
    package func update(_ update: Update, of post: Post) -> String {
        "\(prefix)posts/\(post.slug)/updates/\(update.key)/"
    }
    /// `tags/<slug>/`.
    package func tag(_ name: String) -> String { "\(prefix)tags/\(Slug.make(name))/" }
    /// `<name>/`.
    package func page(_ page: Page) -> String { "\(prefix)\(page.name)/" }
    /// The index: `` for the first page, `page/<n>/` after.
    package func index(page: Int) -> String { page == 1 ? prefix : "\(prefix)page/\(page)/" }
    /// The comments archive: the post for its first page, `posts/<slug>/comments/page/<n>/` after.
    package func comments(of post: Post, page: Int) -> String {
        page == 1 ? self.post(post) : "\(prefix)posts/\(post.slug)/comments/page/\(page)/"
    }
    /// A file of the language's pages, such as `feed.xml` or `404.html`: `es/feed.xml`.
    func file(named name: String) -> String { prefix + name }

    /// The file a page URL is written to: `posts/a/` → `posts/a/index.html`.
    package func file(_ url: String) -> String { url + "index.html" }
    /// A link from any page: the root path, then the URL.
    package func link(_ url: String) -> String { root + url }
    /// The absolute URL, from `base_url`.
    package func absolute(_ url: String) -> String { base + url }

    /// A path with every byte but ASCII letters, digits, `-._~` and `/` percent-encoded as UTF-8 (RFC 3986), for the
    /// places that want a URI, not a readable IRI: `posts/café/` → `posts/caf%C3%A9/`.
    package static func percentEncoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result +=
                    "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 15, radix: 16, uppercase: true)
            }
        }
        return result
    }
}
