import Foundation
import Placard

/// One comment of an export as both importers read it, WordPress's `<wp:comment>` and Disqus's `<post>`: the one
/// type they thread, stage and count. Its author's e-mail and IP address are never read into it.
struct ExportComment: Sendable {
    /// Whether a comment is imported, or why it is not.
    enum Approval: Sendable, Hashable {
        case approved, pending, spam, trash, deleted
        /// Longer than the build allows (``Comment/maxBodyBytes``).
        case tooLong
        /// Another status an export gave, as written.
        case other(String)

        /// The approval WordPress writes in `comment_approved` (`1`, `0`, `spam`, `trash`, `post-trashed`), or the
        /// form ``written`` gives.
        init(_ written: String) {
            switch written {
            case "1": self = .approved
            case "0": self = .pending
            case "spam": self = .spam
            case "trash", "post-trashed": self = .trash
            case "deleted": self = .deleted
            case "too-long": self = .tooLong
            default: self = .other(written)
            }
        }

        /// The approval as one word, for a staging file; ``init(_:)`` reads it back.
        var written: String {
            switch self {
            case .approved: "1"
            case .pending: "0"
            case .spam: "spam"
            case .trash: "trash"
            case .deleted: "deleted"
            case .tooLong: "too-long"
            case .other(let written): written
            }
        }

        /// Why a comment with this approval is skipped, for the import's summary.
        var skipReason: String {
            switch self {
            case .approved: "approved comment"
            case .tooLong: "overlong comment"
            case .pending: "pending comment"
            case .spam: "spam comment"
            case .trash: "trashed comment"
            case .deleted: "deleted comment"
            case .other: "unapproved comment"
            }
        }
    }

    /// The comment's id in the export.
    var id = ""
    /// The id of the comment it replies to; empty or `0` for none.
    var parent = ""
    var approval = Approval.pending
    /// The WordPress user who wrote it, for `role: author`; empty or `0` for a visitor.
    var userID = ""
    /// `pingback`, `trackback`, or empty for a comment.
    var type = ""
    var author = ""
    var authorURL = ""
    /// The text, as HTML.
    var content = ""
    var date: Date?

    /// Renders an approved comment's tail into `tails` and returns the record that stays in memory; a comment that
    /// is not approved leaves only its record (its text is never written anywhere).
    /// - Throws: a diagnostic when the tail cannot be written.
    func staged(in tails: StagedCommentLines) throws(Diagnostic) -> CommentRecord {
        var record = CommentRecord(id: id, parent: parent, approval: approval, userID: userID)
        guard record.isApproved else { return record }
        let body = CommentMarkdown.convert(content)
        // The build refuses it; no real export has one (WordPress stores 65,525 bytes at most).
        guard body.utf8.count <= Comment.maxBodyBytes else {
            record.approval = .tooLong
            return record
        }
        let tail = ContentFileText.commentTail(
            author: PostHTML.plainText(author), url: authorURL, date: date,
            type: type == "pingback" || type == "trackback" ? type : nil, body: body)
        record.tail = try tails.append(tail)
        return record
    }
}
