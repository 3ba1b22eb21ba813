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
    /// The language it is written in.
    public var language = "en"
    /// Its translations, `content/pages/<name>.<code>.md`, in the order `site.yml` lists their languages.
    public var translations: [Translation] = []

    /// Creates a page.
    public init(
        name: String, title: String, summary: String? = nil, body: MarkdownSource, rawHTML: Bool = false,
        aliases: [Alias] = [], language: String = "en", translations: [Translation] = []
    ) {
        self.name = name
        self.title = title
        self.summary = summary
        self.body = body
        self.rawHTML = rawHTML
        self.aliases = aliases
        self.language = language
        self.translations = translations
    }

    /// A page in another of the site's languages, served at `/<code>/<name>/`.
    public struct Translation: Sendable {
        /// The language's code.
        public var language: String
        /// The title; nil for the original's.
        public var title: String?
        /// A short description; nil when it gives none.
        public var summary: String?
        /// `html: true`; nil for the original's.
        public var rawHTML: Bool?
        /// The Markdown body.
        public var body: MarkdownSource

        /// Creates a page's translation.
        public init(
            language: String, title: String? = nil, summary: String? = nil, rawHTML: Bool? = nil, body: MarkdownSource
        ) {
            self.language = language
            self.title = title
            self.summary = summary
            self.rawHTML = rawHTML
            self.body = body
        }
    }

    /// The page as its translation shows it.
    public func translated(_ translation: Translation) -> Page {
        var page = self
        page.language = translation.language
        page.title = translation.title ?? title
        page.summary = translation.summary
        page.rawHTML = translation.rawHTML ?? rawHTML
        page.body = translation.body
        page.translations = []
        page.aliases = []
        return page
    }
}
