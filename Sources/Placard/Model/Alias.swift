/// An old address of a post, an update or a page, from front matter `aliases:`: the build writes a small page there
/// that sends readers on, and the same redirect as a 301 rule for hosts that read `_redirects` and for nginx.
public struct Alias: Sendable, Hashable {
    /// One query parameter an old address needs, as in WordPress's `/?p=123`.
    public struct Query: Sendable, Hashable {
        /// The parameter's name, `p`.
        public var name: String
        /// Its value, `123`.
        public var value: String
    }

    /// The path below the site's root, percent-decoded, without its leading `/`: a folder ends in `/`
    /// (`2018/05/24/old-post/`), a file does not (`archives/12.html`); empty for the root itself, which only a query
    /// alias may name.
    public var path: String
    /// The query parameter the old address needs; an alias with one has no page of its own (a page cannot be written
    /// for a query string), only a rule in `_redirects` and the nginx include.
    public var query: Query?
    /// A file beside the post that the alias leads to instead of the post's page (an old attachment page); nil for the
    /// page itself.
    public var file: String?
    /// Where the alias is written, for errors.
    public var location: SourceLocation?
    /// The text of that line, for errors.
    public var sourceLine: String?

    /// Creates an alias.
    public init(path: String, query: Query? = nil, file: String? = nil) {
        self.path = path
        self.query = query
        self.file = file
    }

    /// The file the redirect page goes to, below the output folder (`2018/05/24/old-post/index.html`); nil for a query
    /// alias.
    public var pageFile: String? {
        guard query == nil else { return nil }
        return path.hasSuffix("/") ? path + "index.html" : path
    }

    /// The alias as written in front matter, normalised: `/2018/05/24/old-post/`, `/?p=123`.
    public var display: String {
        "/" + path + (query.map { "?\($0.name)=\($0.value)" } ?? "")
    }

    /// What two aliases share when they name the same address on a case-insensitive file system.
    var key: String { display.lowercased() }

    /// An error at the alias, with its source line.
    func error(_ message: String) -> Diagnostic {
        Diagnostic(message, at: location, sourceLine: sourceLine)
    }
}
