import Foundation

/// Turns a post's `<wp:comment>` entries into `comments.yml` entries: approved ones, and placeholders for the
/// skipped comments that approved ones reply to.
struct WordPressComments: Sendable {
    /// The post author's user id, for `role: author`.
    let authorID: String?

    /// The entries, in export order with placeholders before their replies, and the approved count.
    func convert(
        _ comments: [WordPressComment], _ summary: inout ImportSummary
    ) -> (entries: [ImportedComment], approved: Int) {
        var byID: [String: WordPressComment] = [:]
        for comment in comments where byID[comment["comment_id"]] == nil { byID[comment["comment_id"]] = comment }
        let approved = comments.filter { $0["comment_approved"] == "1" && !$0["comment_id"].isEmpty }
        let approvedIDs = Set(approved.map { $0["comment_id"] })
        for comment in comments where comment["comment_approved"] != "1" {
            summary.skip(Self.reason(comment["comment_approved"]))
        }
        var placed = Set<String>()
        var entries: [ImportedComment] = []
        for comment in approved where !placed.contains(comment["comment_id"]) {
            entries += placeholders(above: comment, byID: byID, approvedIDs: approvedIDs, placed: &placed)
            entries.append(entry(comment, parent: parent(of: comment, byID: byID)))
            placed.insert(comment["comment_id"])
        }
        return (entries, approved.count)
    }

    private static func reason(_ approved: String) -> String {
        switch approved {
        case "0": "pending comment"
        case "spam": "spam comment"
        case "trash", "post-trashed": "trashed comment"
        case "deleted": "deleted comment"
        default: "unapproved comment"
        }
    }

    /// The parent id, when the comment replies to one the export holds.
    private func parent(of comment: WordPressComment, byID: [String: WordPressComment]) -> String? {
        let parent = comment["comment_parent"]
        return parent.isEmpty || parent == "0" || byID[parent] == nil ? nil : parent
    }

    /// Removed placeholders for the skipped comments between `comment` and its nearest approved ancestor.
    private func placeholders(
        above comment: WordPressComment, byID: [String: WordPressComment], approvedIDs: Set<String>,
        placed: inout Set<String>
    ) -> [ImportedComment] {
        var chain: [ImportedComment] = []
        var current = comment
        var seen = Set<String>()
        while let id = parent(of: current, byID: byID), !approvedIDs.contains(id), !placed.contains(id),
            seen.insert(id).inserted, let skipped = byID[id]
        {
            let above = parent(of: skipped, byID: byID)
            chain.append(ImportedComment(id: id, parent: above, removed: true, body: ""))
            current = skipped
        }
        if let last = chain.last, let above = last.parent, chain.contains(where: { $0.id == above }) {
            chain[chain.count - 1].parent = nil  // skipped comments that reply to each other in a cycle
        }
        for entry in chain { placed.insert(entry.id) }
        return chain.reversed()
    }

    private func entry(_ comment: WordPressComment, parent: String?) -> ImportedComment {
        let type = comment["comment_type"]
        let userID = comment["comment_user_id"]
        return ImportedComment(
            id: comment["comment_id"], parent: parent,
            author: PostHTML.plainText(comment["comment_author"]), authorURL: comment["comment_author_url"],
            date: WordPressDates.commentDate(comment),
            isAuthor: authorID != nil && userID == authorID && userID != "0",
            type: type == "pingback" || type == "trackback" ? type : nil,
            body: CommentMarkdown.convert(comment.fields["comment_content"] ?? ""))
    }
}
