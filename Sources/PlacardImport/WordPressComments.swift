import Foundation
import Placard

/// One entry of `comments.yml` as planned: the lines decided once the whole thread is known (id, parent, role,
/// status), and where the rest of its lines are staged.
struct PlannedComment: Sendable, Hashable {
    var id: String
    var parent: String?
    var isAuthor = false
    /// The staged tail of an approved comment; nil for a `status: removed` placeholder.
    var tail: StagedCommentLines.Span?
}

/// Threads a post's comment records into `comments.yml` entries: approved ones, and placeholders for the skipped
/// comments that approved ones reply to. Works on records alone, never on comment text, so a thread of any length
/// needs a few bytes per comment.
struct WordPressComments: Sendable {
    /// The post author's user id, for `role: author`.
    let authorID: String?

    /// The entries, in export order with placeholders before their replies, and the approved count.
    func plan(_ records: [CommentRecord], _ summary: inout ImportSummary) -> (entries: [PlannedComment], approved: Int)
    {
        var byID: [String: Int] = [:]  // the first record with each id, by index: a few bytes per comment
        for (index, record) in records.enumerated() where byID[record.id] == nil { byID[record.id] = index }
        let approvedIDs = Set(records.lazy.filter(\.isApproved).map(\.id))
        for record in records where record.approval != .approved {
            summary.skip(record.approval.skipReason)
        }
        var placed = Set<String>()
        var entries: [PlannedComment] = []
        var approved = 0
        for record in records where record.isApproved {
            approved += 1
            guard !placed.contains(record.id) else { continue }
            entries += placeholders(above: record, in: records, byID: byID, approvedIDs: approvedIDs, placed: &placed)
            entries.append(
                PlannedComment(
                    id: record.id, parent: parent(of: record, byID: byID),
                    isAuthor: authorID != nil && record.userID == authorID && record.userID != "0",
                    tail: record.tail))
            placed.insert(record.id)
        }
        Self.breakCycles(&entries, &summary)
        return (entries, approved)
    }

    /// Makes top-level each comment whose replies lead back to it, so that the build can thread what the import
    /// wrote: in each cycle, the comment that comes first in the file loses its `parent`. A comment that replies to
    /// itself is a cycle of one.
    static func breakCycles(_ entries: inout [PlannedComment], _ summary: inout ImportSummary) {
        var indexByID: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where indexByID[entry.id] == nil { indexByID[entry.id] = index }
        // 0: not seen; 1: on the path being followed; 2: leads to a top-level comment.
        var state = Array(repeating: 0, count: entries.count)
        for start in entries.indices where state[start] == 0 {
            var path: [Int] = []
            var current: Int? = start
            while let node = current, state[node] == 0 {
                state[node] = 1
                path.append(node)
                current = entries[node].parent.flatMap { indexByID[$0] }
            }
            if let node = current, state[node] == 1, let at = path.firstIndex(of: node) {
                let cycle = path[at...]
                let first = cycle.min()!
                entries[first].parent = nil
                summary.resolve(cycle.count == 1 ? "replied to itself" : "closed a cycle of replies")
            }
            for node in path { state[node] = 2 }
        }
    }

    /// The parent id, when the comment replies to one the export holds.
    private func parent(of record: CommentRecord, byID: [String: Int]) -> String? {
        let parent = record.parent
        return parent.isEmpty || parent == "0" || byID[parent] == nil ? nil : parent
    }

    /// Removed placeholders for the skipped comments between `record` and its nearest approved ancestor.
    private func placeholders(
        above record: CommentRecord, in records: [CommentRecord], byID: [String: Int], approvedIDs: Set<String>,
        placed: inout Set<String>
    ) -> [PlannedComment] {
        var chain: [PlannedComment] = []
        var current = record
        var seen = Set<String>()
        while let id = parent(of: current, byID: byID), !approvedIDs.contains(id), !placed.contains(id),
            seen.insert(id).inserted, let index = byID[id]
        {
            let skipped = records[index]
            chain.append(PlannedComment(id: id, parent: parent(of: skipped, byID: byID)))
            current = skipped
        }
        if let last = chain.last, let above = last.parent, chain.contains(where: { $0.id == above }) {
            chain[chain.count - 1].parent = nil  // skipped comments that reply to each other in a cycle
        }
        for entry in chain { placed.insert(entry.id) }
        return chain.reversed()
    }
}
