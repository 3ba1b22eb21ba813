import Foundation
import Yams

extension YAMLReader {
    /// Text; numbers and booleans are read as they are written.
    mutating func string(_ fields: Fields, _ key: String) -> String? {
        guard let node = fields[key] else { return nil }
        guard case .scalar(let scalar) = node else {
            error(
                "'\(key)' must be text, not \(Self.describe(node)); put the value on one line after '\(key):'", at: node
            )
            return nil
        }
        return scalar.string
    }

    /// Text that must be there.
    mutating func requiredString(_ fields: Fields, _ key: String, in what: String) -> String? {
        guard fields[key] != nil else {
            error("\(what) has no '\(key)'; add a '\(key): …' line", at: fields.start)
            return nil
        }
        return string(fields, key)
    }

    /// The node read with YAML's core schema. The reader composes with the basic resolver, which makes every scalar a
    /// string; a plain `true` or `12` is a bool or a number, a quoted one stays a string.
    private static func typed(_ node: Node) -> Node {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return node }
        return .scalar(Node.Scalar(scalar.string, Tag(.implicit, .default, .default), .plain, scalar.mark))
    }

    /// `true` or `false`.
    mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        guard let value = Self.typed(node).bool else {
            error("'\(key)' must be true or false, not '\(node.string ?? Self.describe(node))'", at: node)
            return nil
        }
        return value
    }

    /// A whole number within a range.
    mutating func int(_ fields: Fields, _ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let node = fields[key] else { return nil }
        guard let value = Self.typed(node).int, range.contains(value) else {
            let found = node.string.map { "'\($0)'" } ?? Self.describe(node)
            error(
                "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(found)",
                at: node)
            return nil
        }
        return value
    }

    /// A list of text; a single value is read as a list of one.
    mutating func strings(_ fields: Fields, _ key: String) -> [String]? {
        guard let node = fields[key] else { return nil }
        switch node {
        case .scalar(let scalar):
            return [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    error("each item of '\(key)' must be text, not \(Self.describe(item))", at: item)
                    continue
                }
                values.append(scalar.string)
            }
            return values
        default:
            error("'\(key)' must be a list such as [a, b], not \(Self.describe(node))", at: node)
            return nil
        }
    }

    /// One of a fixed set of words, such as `closed` or `hidden`.
    mutating func oneOf<Value: RawRepresentable & CaseIterable>(
        _ fields: Fields,
        _ key: String,
        _ type: Value.Type
    ) -> Value? where Value.RawValue == String {
        guard let text = string(fields, key) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let known = Value.allCases.map(\.rawValue)
        let hint = Suggestion.nearest(to: text, in: known).map { "; did you mean '\($0)'?" } ?? ""
        error(
            "'\(key)' is '\(text)', which is not one of \(known.map { "'\($0)'" }.joined(separator: ", "))\(hint)",
            at: fields[key]
        )
        return nil
    }

    /// A date in the site's time zone.
    mutating func date(_ fields: Fields, _ key: String, parser: DateParser) -> Date? {
        guard let text = string(fields, key) else { return nil }
        switch parser.parse(text) {
        case .success(let date): return date
        case .failure(let failure):
            error(failure.message(key: key), at: fields[key])
            return nil
        }
    }

    /// A mapping nested under a key, such as `author:` or `comments:`.
    mutating func nested(_ fields: Fields, _ key: String, known: [String]) -> Fields? {
        guard let node = fields[key] else { return nil }
        guard let inner = self.fields(node, expected: "'\(key)'") else { return nil }
        warnUnknownKeys(inner, known: known, in: "'\(key)'")
        return inner
    }
}
