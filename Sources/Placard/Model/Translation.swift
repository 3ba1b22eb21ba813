/// A post in another of the site's languages: `index.<code>.md` beside the post's `index.md`, with the updates it
/// translates as `updates/<day>.<code>.md`. What its front matter leaves out is the original's; its dates always are.
public struct Translation: Sendable {
    /// One translated update, `updates/2018-05-29.es.md`.
    public struct Update: Sendable {
        /// The key of the update it translates, `2018-05-29` (or `2018-05-29-2`).
        public var key: String
        /// The title; nil for the original's.
        public var title: String?
        /// The Markdown body.
        public var body: MarkdownSource

        /// Creates a translated update.
        public init(key: String, title: String? = nil, body: MarkdownSource) {
            self.key = key
            self.title = title
            self.body = body
        }
    }

    /// The language's code, `es`.
    public var language: String
    /// The title; nil for the original's.
    public var title: String?
    /// The last path component of its URL (`/es/posts/<slug>/`); nil for the original's.
    public var slug: String?
    /// A short description for lists, feeds and link previews; nil when it gives none (the original's, in another
    /// language, is not used).
    public var summary: String?
    /// Tags in this language; nil for the original's.
    public var tags: [String]?
    /// Whether the translation is a draft, built only with `--drafts`.
    public var draft = false
    /// `html: true`; nil for the original's.
    public var rawHTML: Bool?
    /// The Markdown body.
    public var body: MarkdownSource
    /// The updates it translates, in the original's order.
    public var updates: [Update] = []
    /// The file, `content/posts/a/index.es.md`.
    public var path: String { body.path }

    /// Creates a translation.
    public init(
        language: String, title: String? = nil, slug: String? = nil, summary: String? = nil, tags: [String]? = nil,
        draft: Bool = false, rawHTML: Bool? = nil, body: MarkdownSource, updates: [Update] = []
    ) {
        self.language = language
        self.title = title
        self.slug = slug
        self.summary = summary
        self.tags = tags
        self.draft = draft
        self.rawHTML = rawHTML
        self.body = body
        self.updates = updates
    }
}

extension Post {
    /// The post as its translation shows it: the translation's title, slug, summary, tags and text, with the original's
    /// dates; only the updates it translates (the original's dates, its titles and text), and no comments archive (it
    /// stays on the original's page).
    public func translated(_ translation: Translation) -> Post {
        var post = self
        post.language = translation.language
        post.title = translation.title ?? title
        post.slug = translation.slug ?? slug
        post.summary = translation.summary
        post.tags = translation.tags ?? tags
        post.draft = draft || translation.draft
        post.rawHTML = translation.rawHTML ?? rawHTML
        post.body = translation.body
        let byKey = Dictionary(translation.updates.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        post.updates = updates.compactMap { update in
            guard let translated = byKey[update.key] else { return nil }
            var update = update
            update.title = translated.title ?? update.title
            update.body = translated.body
            update.aliases = []
            return update
        }
        post.comments = .empty
        post.translations = []
        post.aliases = []
        return post
    }

    /// The original's updates that `translation` does not translate, oldest first.
    public func untranslatedUpdates(_ translation: Translation) -> [Update] {
        let translated = Set(translation.updates.map(\.key))
        return updates.filter { !translated.contains($0.key) }
    }

    /// The translation into `language`, if the post has one.
    public func translation(_ language: String) -> Translation? {
        translations.first { $0.language == language }
    }
}
