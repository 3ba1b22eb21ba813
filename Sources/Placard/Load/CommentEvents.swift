import Foundation
import YAMLEvents

/// The common `comments.yml` read straight from libyaml's events: a list of mappings whose keys are all known and
/// whose values are all text, with every value valid. Anything else (an alias, an anchor, a tag, a nested value, an
/// unknown or repeated key, a missing id, a bad date, a second document, a syntax error) returns `nil`, and
/// ``CommentLoader`` reads the file again through Yams, which finds and words the problems.
///
/// Composing a node tree with Yams and reading values out of it is slow for files of many comments
/// (docs/performance.md); the events give the same strings and marks (libyaml is what Yams parses with) without the
/// tree.
struct CommentEvents {
    let dates: DateParser

    /// The comments of `file`, or `nil` when the file needs the full reader.
    func read(_ file: SourceFile) -> [Comment]? {
        var text = file.text
        return text.withUTF8 { bytes -> [Comment]? in
            let reader = YAMLEventReader(bytes)
            guard reader.next() == .streamStart, reader.next() == .documentStart, reader.next() == .sequenceStart,
                reader.isPlainNode
            else { return nil }
            var comments: [Comment] = []
            while true {
                switch reader.next() {
                case .mappingStart:
                    guard reader.isPlainNode, let comment = readComment(reader, file) else { return nil }
                    comments.append(comment)
                case .sequenceEnd:
                    guard reader.next() == .documentEnd, reader.next() == .streamEnd else {
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

    /// A comment's values, by the index of their key in ``CommentRules/keys`` (a list, not a dictionary: a file has
    /// thousands of comments of a few keys each).
    private struct Values {
        var slots: [Value?] = Array(repeating: nil, count: CommentRules.keys.count)
        /// The keys seen, as bits by index, so that a key given twice sends the file to the full reader.
        var seen = 0

        subscript(key: String) -> Value? {
            CommentRules.keys.firstIndex(of: key).flatMap { slots[$0] }
        }
    }

    private func readComment(_ reader: YAMLEventReader, _ file: SourceFile) -> Comment? {
        var values = Values()
        while true {
            switch reader.next() {
            case .scalar:
                guard reader.isPlainNode, let key = reader.scalar?.text,
                    let index = CommentRules.keys.firstIndex(of: key),
                    values.seen & (1 << index) == 0, reader.next() == .scalar, reader.isPlainNode,
                    let scalar = reader.scalar
                else { return nil }
                let value = Value(text: scalar.text, plain: scalar.plain, line: reader.line, column: reader.column)
                values.seen |= 1 << index
                values.slots[index] = value.isNull ? nil : value
            case .mappingEnd:
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
            return CommentRules.isIdentifier(value.text) ? .some(value.text) : nil
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
        if body == nil && CommentRules.needsBody(status ?? .approved) { return nil }
        if let body, CommentRules.isTooLong(body) { return nil }
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
