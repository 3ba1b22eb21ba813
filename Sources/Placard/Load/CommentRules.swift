/// What `comments.yml` may hold, in one table that both of its readers follow: the event reader of the common file
/// (``CommentEvents``) and the Yams reader that words every problem (``CommentLoader``).
enum CommentRules {
    /// The keys a comment may have, in the order of the event reader's slots.
    static let keys = ["id", "parent", "author", "author_url", "date", "role", "status", "type", "body"]

    /// Whether `text` may be an `id` or a `parent`: a number or a word, on one line.
    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && !text.contains("\n")
    }

    /// Whether a comment of `status` must have a `body`: every one but a removed comment.
    static func needsBody(_ status: Comment.Status) -> Bool {
        status != .removed
    }

    /// Whether a body is longer than a comment may be (``Comment/maxBodyBytes``).
    static func isTooLong(_ body: String) -> Bool {
        body.utf8.count > Comment.maxBodyBytes
    }
}
