/// What `placard build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site folder, holding `content/` and `templates/`.
    public var source: String
    /// The output folder; `<source>/public` unless given.
    public var output: String
    /// Whether draft posts are built.
    public var includeDrafts: Bool
    /// A `base_url` that replaces the one in `site.yml`.
    public var baseURL: String?
    /// Whether posts render on every core at once (the default) or one after another; the output is the same.
    public var parallel = true

    /// Creates options; the output folder defaults to `<source>/public`.
    public init(source: String = ".", output: String? = nil, includeDrafts: Bool = false, baseURL: String? = nil) {
        self.source = source
        self.output = output ?? (source == "." ? "public" : source + "/public")
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }
}
