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
    mutating func note(_ comment: ExportComment) {
        noteCommentDate(comment.date)
        let user = comment.userID
        if creatorUserID == nil, !user.isEmpty, user != "0", !self["dc:creator"].isEmpty,
            comment.author == self["dc:creator"]
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

extension ExportComment {
    /// A `<wp:comment>`'s fields, by element name without `wp:` (`comment_id`…), as the export gives them.
    init(wordPress fields: [String: String]) {
        func field(_ name: String) -> String { YAMLText.trimmed(fields[name, default: ""]) }
        self.init(
            id: field("comment_id"), parent: field("comment_parent"), approval: Approval(field("comment_approved")),
            userID: field("comment_user_id"), type: field("comment_type"), author: field("comment_author"),
            authorURL: field("comment_author_url"), content: fields["comment_content"] ?? "",
            date: WordPressDates.gmt(field("comment_date_gmt")) ?? WordPressDates.gmt(field("comment_date")))
    }
}
