public import Foundation

/// A post: the call to action, its dated updates and its comments archive.
public struct Post: Sendable {
    /// How the comments archive is shown.
    public enum CommentsMode: String, Sendable, CaseIterable {
        /// Shown, read-only.
        case closed
        /// Kept out of the page.
        case hidden
    }

    /// The last path component of the post's URL.
    public var slug: String
    /// The folder the post was read from, relative to the site folder.
    public var folder: String
    /// The title.
    public var title: String
    /// When the post was published.
    public var date: Date
    /// A short description for the index, feeds and link previews.
    public var summary: String?
    /// Tags, as written.
    public var tags: [String]
    /// Whether the post is a draft, built only with `--drafts`.
    public var draft: Bool
    /// How the comments archive is shown.
    public var commentsMode: CommentsMode
    /// How many comments the live page showed, when the archive holds fewer.
    public var originalCommentCount: Int?
    /// An image for link previews: a file beside the post or an absolute URL.
    public var image: String?
    /// The Markdown body and where it starts in its file.
    public var body: MarkdownSource
    /// The dated updates, oldest first.
    public var updates: [Update]
    /// The comments archive, threaded.
    public var comments: CommentThread
    /// Other files in the post's folder (images, PDFs), relative to it, copied next to the page.
    public var assets: [String]
    /// Whether the body may hold raw HTML although `markdown.unsafe_html` is off (`html: true`, set by imports).
    public var rawHTML = false
    /// Old addresses of the post (`aliases:`), each answered with a redirect to it or to a file beside it.
    public var aliases: [Alias] = []
    /// The language it is written in: the site's default language for `index.md`, a translation's for the post
    /// ``translated(_:)`` makes.
    public var language = "en"
    /// Its translations into the site's other languages, in the order `site.yml` lists them.
    public var translations: [Translation] = []

    /// The newest update, if any.
    public var latestUpdate: Update? { updates.last }
    /// When the post last changed: its newest update's date, or its own.
    public var modified: Date { updates.last?.date ?? date }

    /// Creates a post.
    public init(
        slug: String, folder: String, title: String, date: Date, summary: String? = nil, tags: [String] = [],
        draft: Bool = false, commentsMode: CommentsMode = .closed, originalCommentCount: Int? = nil,
        image: String? = nil, body: MarkdownSource, updates: [Update] = [], comments: CommentThread = .empty,
        assets: [String] = [], rawHTML: Bool = false, aliases: [Alias] = [], language: String = "en",
        translations: [Translation] = []
    ) {
        self.slug = slug
        self.folder = folder
        self.title = title
        self.date = date
        self.summary = summary
        self.tags = tags
        self.draft = draft
        self.commentsMode = commentsMode
        self.originalCommentCount = originalCommentCount
        self.image = image
        self.body = body
        self.updates = updates
        self.comments = comments
        self.assets = assets
        self.rawHTML = rawHTML
        self.aliases = aliases
        self.language = language
        self.translations = translations
    }
}

/// Markdown text read from a file, with the line its first line has in that file.
public struct MarkdownSource: Sendable {
    /// The file the text came from.
    public var path: String
    /// The Markdown, without front matter.
    public var text: String
    /// The 1-based line of the file that the text's first line is.
    public var firstLine: Int

    /// Markdown text from `path`, whose first line is line `firstLine` of the file.
    public init(path: String, text: String, firstLine: Int = 1) {
        self.path = path
        self.text = text
        self.firstLine = firstLine
    }
}
