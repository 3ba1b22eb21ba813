/// Everything a build reads: the settings, posts newest first, pages, and files copied as they are.
public struct Site: Sendable {
    /// `site.yml`.
    public var config: SiteConfig
    /// The posts, newest first.
    public var posts: [Post]
    /// The standalone pages, by name.
    public var pages: [Page]
    /// Files under `content/static/`, relative to it.
    public var staticFiles: [String]

    /// Creates a site; `posts` newest first.
    public init(config: SiteConfig, posts: [Post] = [], pages: [Page] = [], staticFiles: [String] = []) {
        self.config = config
        self.posts = posts
        self.pages = pages
        self.staticFiles = staticFiles
    }
}
