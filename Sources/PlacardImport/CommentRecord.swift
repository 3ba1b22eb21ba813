import Foundation
import Placard

/// What an importer keeps about one comment while it reads an export: ids and flags, never its text, e-mail or IP.
///
/// The comment's `comments.yml` lines other than its id, parent, role and status (its "tail": author, URL, date,
/// type and body) are rendered as soon as the comment has been read and appended to a `StagedCommentLines` file.
struct CommentRecord: Sendable, Hashable {
    /// The comment's id in the export.
    var id: String
    /// The id of the comment it replies to; empty or `0` for none.
    var parent = ""
    /// Whether it is imported, or why not.
    var approval: ExportComment.Approval
    /// The WordPress user who wrote it, for `role: author`; empty or `0` for a visitor.
    var userID = ""
    /// Where its tail is in the tails file; only approved comments have one.
    var tail: StagedCommentLines.Span?

    /// Whether the comment is imported (approved, with an id).
    var isApproved: Bool { approval == .approved && !id.isEmpty }
}

extension CommentRecord {
    /// The record as one line of a staging file: its fields tab-separated, with `\\`, tab and newline escaped.
    var line: String {
        let fields = [
            id, parent, approval.written, userID, tail.map { "\($0.offset)" } ?? "", tail.map { "\($0.length)" } ?? "",
        ]
        return fields.map(Self.escaped).joined(separator: "\t") + "\n"
    }

    /// Reads a line written by `line` (without its newline); nil when it is not one.
    init?(line: Substring) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(Self.unescaped)
        guard fields.count == 6 else { return nil }
        self.init(id: fields[0], parent: fields[1], approval: ExportComment.Approval(fields[2]), userID: fields[3])
        if let offset = UInt64(fields[4]), let length = Int(fields[5]) {
            tail = StagedCommentLines.Span(offset: offset, length: length)
        }
    }

    private static func escaped(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else {
            return field
        }
        return field.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    private static func unescaped(_ field: Substring) -> String {
        guard field.contains("\\") else { return String(field) }
        var result = ""
        var escaping = false
        for character in field {
            if escaping {
                result.append(character == "t" ? "\t" : character == "n" ? "\n" : character == "r" ? "\r" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
