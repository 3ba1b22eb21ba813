import Placard

/// Where `import wordpress` takes the old site's media from: a copy of its `wp-content/uploads` folder, the old site
/// itself, or both (the folder first).
public struct MediaSources: Sendable {
    /// A copy of `wp-content/uploads` (`--media DIR`).
    public var directory: String?
    /// Whether media are downloaded from the old site (`--fetch-media`).
    public var fetch: Bool
    /// The most bytes one file may have.
    public var maxBytes: Int
    /// How downloads are made; the size limit is `maxBytes`.
    var fetcher = MediaFetcher.Settings()

    /// Media from `directory`, downloaded when `fetch`, each at most `maxBytes` (100 MiB unless given).
    public init(directory: String? = nil, fetch: Bool = false, maxBytes: Int = 100 << 20) {
        self.directory = directory
        self.fetch = fetch
        self.maxBytes = maxBytes
    }

    /// No media are brought: references to them stay as they are.
    public static let none = MediaSources()

    /// Whether any source is given.
    var isEmpty: Bool { directory == nil && !fetch }
}
