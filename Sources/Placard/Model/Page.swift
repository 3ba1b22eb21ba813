/// A standalone page, from `content/pages/<name>.md`.
public struct Page: Sendable {
    /// The name of the file without `.md`; the page's URL is `/<name>/`.
    public var name: String
    /// The title.
    public var title: String
    /// A short description for link previews.
    public var summary: String?
    /// The Markdown body.
    public var body: MarkdownSource
    /// Whether the body may hold raw HTML although `markdown.unsafe_html` is off (`html: true`, set by imports).
    public var rawHTML = false
    /// Old addresses of the page (`aliases:`), each answered with a redirect to it.
    public var aliases: [Alias] = []

    /// Creates a page.
    public init(
        name: String, title: String, summary: String? = nil, body: MarkdownSource, rawHTML: Bool = false,
        aliases: [Alias] = []
    ) {
        self.name = name
        self.title = title
        self.summary = summary
        self.body = body
        self.rawHTML = rawHTML
        self.aliases = aliases
    }
}
