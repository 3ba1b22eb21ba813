import Foundation
import Placard

/// One `<item>` of a WordPress export, as read: the fields the importer uses, its tags, and a record per comment.
///
/// Comment text is never part of it: each comment's lines were staged when the comment was read. Its JSON form (for
/// staging) leaves the records out: they are staged as lines, which take a fraction of the memory to write and read.
struct WordPressItem: Sendable, Codable {
    var fields: [String: String] = [:]
    var tags: [String] = []
    var records: [CommentRecord] = []
    /// The earliest comment date, for an item WordPress left without a date.
    var firstCommentDate: Date?
    /// The user id of a registered commenter whose name is the post's `dc:creator`: the post author's id in an export
    /// without a `<wp:author>` list (WXR 1.0).
    var creatorUserID: String?

    private enum CodingKeys: String, CodingKey { case fields, tags, firstCommentDate, creatorUserID }

    subscript(_ name: String) -> String {
        YAMLText.trimmed(fields[name, default: ""])
    }

    /// Adds what a duplicated `<item>` of the same post holds: fields it lacks, tags and comments it has not.
    mutating func merge(_ other: WordPressItem) {
        for (key, value) in other.fields where self[key].isEmpty { fields[key] = value }
        for tag in other.tags where !tags.contains(tag) { tags.append(tag) }
        let known = Set(records.map(\.id))
        records += other.records.filter { !known.contains($0.id) }
        noteCommentDate(other.firstCommentDate)
        if creatorUserID == nil { creatorUserID = other.creatorUserID }
    }

    /// Notes what a comment tells about the post: its date, and the creator's user id when the creator wrote it.
    mutating func note(_ comment: WordPressComment, date: Date?) {
        noteCommentDate(date)
        let user = comment["comment_user_id"]
        if creatorUserID == nil, !user.isEmpty, user != "0", !self["dc:creator"].isEmpty,
            comment["comment_author"] == self["dc:creator"]
        {
            creatorUserID = user
        }
    }

    /// Keeps the earlier of `date` and the earliest comment date so far.
    mutating func noteCommentDate(_ date: Date?) {
        guard let date else { return }
        firstCommentDate = min(firstCommentDate ?? date, date)
    }
}

/// One `<wp:comment>`, or a Disqus `<post>` in the same fields, while it is read. The readers never store
/// `comment_author_email` or `comment_author_IP`.
struct WordPressComment: Sendable {
    var fields: [String: String] = [:]

    subscript(_ name: String) -> String {
        YAMLText.trimmed(fields[name, default: ""])
    }

    /// Renders an approved comment's tail into `tails` and returns the record that stays in memory; a comment that
    /// is not approved leaves only its record (its text is never written anywhere).
    /// - Parameter date: the comment's date, `WordPressDates.commentDate(self)`.
    /// - Throws: a diagnostic when the tail cannot be written.
    func staged(in tails: CommentTails, date: Date?) throws(Diagnostic) -> CommentRecord {
        var record = CommentRecord(
            id: self["comment_id"], parent: self["comment_parent"], approval: self["comment_approved"],
            userID: self["comment_user_id"])
        guard record.isApproved else { return record }
        let type = self["comment_type"]
        let body = CommentMarkdown.convert(fields["comment_content"] ?? "")
        // The build refuses it; no real export has one (WordPress stores 65,525 bytes at most).
        guard body.utf8.count <= Comment.maxBodyBytes else {
            record.approval = WordPressComments.tooLong
            return record
        }
        let tail = ImportYAML.commentTail(
            author: PostHTML.plainText(self["comment_author"]), url: self["comment_author_url"],
            date: date, type: type == "pingback" || type == "trackback" ? type : nil, body: body)
        record.tail = try tails.append(tail)
        return record
    }
}
