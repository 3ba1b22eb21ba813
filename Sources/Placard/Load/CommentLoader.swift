import Foundation
import Yams

/// Reads a post's `comments.yml`: a flat list of comments, each a mapping.
struct CommentLoader {
    /// The date parser for `date` values.
    let dates: DateParser

    /// Reads every entry; the diagnostics hold an error for every bad entry and a warning for every unknown key.
    func load(_ file: SourceFile) -> ([Comment], [Diagnostic]) {
        if let comments = CommentEvents(dates: dates).read(file) { return (comments, []) }
        return loadComposed(file)
    }

    /// Reads the file through Yams's node tree, which every file with a problem needs for its diagnostics.
    func loadComposed(_ file: SourceFile) -> ([Comment], [Diagnostic]) {
        var reader = YAMLReader(file: file)
        guard let root = reader.compose(file.text) else {
            if reader.diagnostics.isEmpty {
                reader.diagnostics.append(
                    file.diagnostic(
                        .warning,
                        "comments.yml is empty, so the post shows no comments; add comments or delete the file",
                        line: 1))
            }
            return ([], reader.diagnostics)
        }
        guard case .sequence(let sequence) = root else {
            reader.error(
                "comments.yml must be a list of comments, each starting with '- id:', not \(YAMLReader.describe(root))",
                at: root
            )
            return ([], reader.diagnostics)
        }
        var comments: [Comment] = []
        comments.reserveCapacity(sequence.count)
        for item in sequence {
            if let comment = read(item, &reader) { comments.append(comment) }
        }
        return (comments, reader.diagnostics)
    }

    private func read(_ item: Node, _ reader: inout YAMLReader) -> Comment? {
        guard let fields = reader.fields(item, expected: "each comment") else { return nil }
        reader.warnUnknownKeys(fields, known: CommentRules.keys, in: "a comment")
        let id = identifier(fields, "id", &reader)
        if fields["id"] == nil {
            reader.error("this comment has no 'id'; add an 'id:' that no other comment of the post has", at: item)
        }
        let parent = identifier(fields, "parent", &reader)
        let status = reader.oneOf(fields, "status", Comment.Status.self) ?? .approved
        let body = reader.string(fields, "body")
        if body == nil && CommentRules.needsBody(status) && fields["body"] == nil {
            reader.error("this comment has no 'body'; add 'body: |' with its text, or 'status: removed'", at: item)
        }
        if let body, CommentRules.isTooLong(body) {
            reader.error(
                "this comment's body is \(body.utf8.count) bytes long, more than the \(Comment.maxBodyBytes) a comment "
                    + "may have; shorten it or remove the comment", at: fields["body"])
        }
        let comment = Comment(
            id: id ?? "",
            parent: parent,
            author: reader.string(fields, "author"),
            authorURL: reader.string(fields, "author_url"),
            date: reader.date(fields, "date", parser: dates),
            role: reader.oneOf(fields, "role", Comment.Role.self),
            status: status,
            kind: reader.oneOf(fields, "type", Comment.Kind.self) ?? .comment,
            body: body ?? "",
            location: location(of: fields["id"] ?? item, reader),
            parentLocation: fields["parent"].map { location(of: $0, reader) }
        )
        return id == nil ? nil : comment
    }

    /// An id: a number or text, one line.
    private func identifier(_ fields: Fields, _ key: String, _ reader: inout YAMLReader) -> String? {
        guard let text = reader.string(fields, key) else { return nil }
        guard CommentRules.isIdentifier(text) else {
            reader.error("'\(key)' must be a number or a short word on one line", at: fields[key])
            return nil
        }
        return text
    }

    private func location(of node: Node, _ reader: YAMLReader) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(
            path: reader.file.path, line: (mark?.line ?? 1) + reader.lineOffset, column: mark?.column ?? 1)
    }
}
