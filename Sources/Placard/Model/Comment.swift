public import Foundation

/// One entry of a post's `comments.yml`, as the file says it.
public struct Comment: Sendable {
    /// The longest body a comment may have, in UTF-8 bytes: 1 MiB, sixteen times what WordPress stores (65,525). A
    /// comment is untrusted, and rendering one dense with links needs about 25 times its size in memory for a while.
    public static let maxBodyBytes = 1 << 20

    /// Who wrote a comment, when it is not an ordinary reader.
    public enum Role: String, Sendable, CaseIterable {
        /// The post's author replying.
        case author
    }

    /// Whether a comment is shown.
    public enum Status: String, Sendable, CaseIterable {
        /// Shown.
        case approved
        /// A placeholder that keeps its number and its replies.
        case removed
    }

    /// What kind of entry it is.
    public enum Kind: String, Sendable, CaseIterable {
        /// A reader's comment.
        case comment
        /// A link from another blog, listed apart as a mention.
        case pingback
        /// A link from another blog, listed apart as a mention.
        case trackback
    }

    /// The id, unique in the post; also the anchor `comment-<id>`.
    public var id: String
    /// The id of the comment this one replies to.
    public var parent: String?
    /// The name shown; nil shows "Anonymous".
    public var author: String?
    /// The author's site, linked with `rel="nofollow ugc"`.
    public var authorURL: String?
    /// When it was written, when known.
    public var date: Date?
    /// The author's role.
    public var role: Role?
    /// Whether it is shown or a placeholder.
    public var status: Status
    /// A comment, a pingback or a trackback.
    public var kind: Kind
    /// The Markdown body: untrusted, never rendered with raw HTML.
    public var body: String
    /// Where the entry's `id` is in `comments.yml`.
    public var location: SourceLocation
    /// Where the entry's `parent` value is, for errors about it.
    public var parentLocation: SourceLocation?

    /// Whether this is a pingback or trackback rather than a comment.
    public var isMention: Bool { kind != .comment }

    /// Creates a comment.
    public init(
        id: String, parent: String? = nil, author: String? = nil, authorURL: String? = nil, date: Date? = nil,
        role: Role? = nil, status: Status = .approved, kind: Kind = .comment, body: String,
        location: SourceLocation, parentLocation: SourceLocation? = nil
    ) {
        self.id = id
        self.parent = parent
        self.author = author
        self.authorURL = authorURL
        self.date = date
        self.role = role
        self.status = status
        self.kind = kind
        self.body = body
        self.location = location
        self.parentLocation = parentLocation
    }
}
