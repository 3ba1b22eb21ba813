import CYaml
import Foundation

/// The common `comments.yml` read straight from libyaml's events: a list of mappings whose keys are all known and
/// whose values are all text, with every value valid. Anything else (an alias, an anchor, a tag, a nested value, an
/// unknown or repeated key, a missing id, a bad date, a second document, a syntax error) returns `nil`, and
/// ``CommentLoader`` reads the file again through Yams, which finds and words the problems.
///
/// Composing a node tree with Yams and reading values out of it was 13% of a build of generated posts with 74
/// comments each; the events give the same strings and marks (libyaml is what Yams parses with) without the tree.
struct CommentEvents {
    let dates: DateParser

    /// The comments of `file`, or `nil` when the file needs the full reader.
    func read(_ file: SourceFile) -> [Comment]? {
        var text = file.text
        return text.withUTF8 { bytes -> [Comment]? in
            let cursor = YAMLEventCursor(bytes)
            guard cursor.next() == YAML_STREAM_START_EVENT, cursor.next() == YAML_DOCUMENT_START_EVENT,
                cursor.next() == YAML_SEQUENCE_START_EVENT, cursor.plain
            else { return nil }
            var comments: [Comment] = []
            while true {
                switch cursor.next() {
                case YAML_MAPPING_START_EVENT:
                    guard cursor.plain, let comment = readComment(cursor, file) else { return nil }
                    comments.append(comment)
                case YAML_SEQUENCE_END_EVENT:
                    guard cursor.next() == YAML_DOCUMENT_END_EVENT, cursor.next() == YAML_STREAM_END_EVENT else {
                        return nil
                    }
                    return comments
                default:
                    return nil
                }
            }
        }
    }

    /// A value as read: its text, whether it was written plain, and where it starts.
    fileprivate struct Value {
        var text: String
        var plain: Bool
        var line: Int
        var column: Int

        /// Absent, as ``Fields`` counts it: a plain empty value, `~` or `null`.
        var isNull: Bool {
            guard plain else { return false }
            switch text {
            case "", "~", "null", "Null", "NULL": return true
            default: return false
            }
        }
    }

    /// A comment's values, by the index of their key in ``CommentLoader/keys`` (a list, not a dictionary: a file has
    /// thousands of comments of a few keys each).
    private struct Values {
        var slots: [Value?] = Array(repeating: nil, count: CommentLoader.keys.count)
        /// The keys seen, as bits by index, so that a key given twice sends the file to the full reader.
        var seen = 0

        subscript(key: String) -> Value? {
            CommentLoader.keys.firstIndex(of: key).flatMap { slots[$0] }
        }
    }

    private func readComment(_ cursor: YAMLEventCursor, _ file: SourceFile) -> Comment? {
        var values = Values()
        while true {
            switch cursor.next() {
            case YAML_SCALAR_EVENT:
                guard cursor.plain, let key = cursor.scalar?.text, let index = CommentLoader.keys.firstIndex(of: key),
                    values.seen & (1 << index) == 0, cursor.next() == YAML_SCALAR_EVENT, cursor.plain,
                    let value = cursor.scalar
                else { return nil }
                values.seen |= 1 << index
                values.slots[index] = value.isNull ? nil : value
            case YAML_MAPPING_END_EVENT:
                return comment(values, file)
            default:
                return nil
            }
        }
    }

    /// The comment the values describe, when they are all valid, as ``CommentLoader`` reads them.
    private func comment(_ values: Values, _ file: SourceFile) -> Comment? {
        func identifier(_ value: Value?) -> String?? {
            guard let value else { return .some(nil) }
            return value.text.isEmpty || value.text.contains("\n") ? nil : .some(value.text)
        }
        func word<Word: RawRepresentable>(_ key: String, _ type: Word.Type) -> Word?? where Word.RawValue == String {
            guard let text = values[key]?.text else { return .some(nil) }
            return Word(rawValue: text).map { .some($0) }
        }
        guard let idValue = values["id"], let id = identifier(idValue) ?? nil,
            let parent = identifier(values["parent"]),
            let status = word("status", Comment.Status.self), let role = word("role", Comment.Role.self),
            let kind = word("type", Comment.Kind.self)
        else { return nil }
        let body = values["body"]?.text
        if body == nil && status != .removed { return nil }
        if let body, body.utf8.count > Comment.maxBodyBytes { return nil }
        var date: Date?
        if let written = values["date"]?.text {
            guard case .success(let parsed) = dates.parse(written) else { return nil }
            date = parsed
        }
        return Comment(
            id: id, parent: parent, author: values["author"]?.text, authorURL: values["author_url"]?.text,
            date: date, role: role, status: status ?? .approved, kind: kind ?? .comment, body: body ?? "",
            location: SourceLocation(path: file.path, line: idValue.line, column: idValue.column),
            parentLocation: values["parent"].map { SourceLocation(path: file.path, line: $0.line, column: $0.column) }
        )
    }
}

extension YAMLEventCursor {
    /// Whether the current scalar, list or mapping has no anchor and no tag.
    fileprivate var plain: Bool {
        switch event.type {
        case YAML_SCALAR_EVENT: event.data.scalar.anchor == nil && event.data.scalar.tag == nil
        case YAML_SEQUENCE_START_EVENT:
            event.data.sequence_start.anchor == nil && event.data.sequence_start.tag == nil
        case YAML_MAPPING_START_EVENT: event.data.mapping_start.anchor == nil && event.data.mapping_start.tag == nil
        default: false
        }
    }

    /// The current scalar, with its mark as Yams gives it (1-based line and column).
    fileprivate var scalar: CommentEvents.Value? {
        guard event.type == YAML_SCALAR_EVENT else { return nil }
        let bytes = UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length)
        return CommentEvents.Value(
            text: String(decoding: bytes, as: UTF8.self), plain: event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE,
            line: position.line, column: position.column)
    }
}
