/// A post's comments threaded for display: archive order, top-level numbers, depth clamped to `max_depth`.
///
/// Stored flat (indices into `comments`) so that a 10,000-deep reply chain needs no recursion.
public struct CommentThread: Sendable {
    /// One comment placed in the thread.
    public struct Entry: Sendable {
        /// The comment as the file says it.
        public var comment: Comment
        /// 1…N for top-level comments, counting removed placeholders; nil for replies.
        public var number: Int?
        /// 1 for top-level comments, at most `max_depth`.
        public var depth: Int
        /// The author of the comment it answers, when it is shown at a shallower level than its real parent's
        /// child ("in reply to Jeff"); "Anonymous" where that author has no name.
        public var inReplyTo: String?
        /// Indices of the replies shown under this comment, in archive order.
        public var replies: [Int]
        /// The index of the comment it answers (its real parent, which may be shown higher up); nil for top-level
        /// comments and mentions.
        public var parent: Int?

        /// Creates an entry; `replies` and `parent` index the thread's entries.
        public init(
            comment: Comment, number: Int?, depth: Int, inReplyTo: String? = nil, replies: [Int] = [],
            parent: Int? = nil
        ) {
            self.comment = comment
            self.number = number
            self.depth = depth
            self.inReplyTo = inReplyTo
            self.replies = replies
            self.parent = parent
        }
    }

    /// Every comment and mention, in archive order.
    public var entries: [Entry]
    /// Indices of the top-level comments, in archive order.
    public var topLevel: [Int]
    /// Indices of the pingbacks and trackbacks, in archive order.
    public var mentions: [Int]

    /// An archive with no comments.
    public static let empty = CommentThread(entries: [], topLevel: [], mentions: [])

    /// How many comments the archive holds: removed placeholders and mentions are not counted.
    public var archivedCount: Int {
        entries.count { $0.comment.status != .removed && !$0.comment.isMention }
    }

    /// Creates a thread from its entries, as the loader threads them: `topLevel` and `mentions` index `entries`.
    public init(entries: [Entry], topLevel: [Int], mentions: [Int]) {
        self.entries = entries
        self.topLevel = topLevel
        self.mentions = mentions
    }
}
