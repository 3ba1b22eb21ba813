import Foundation
import Yams

/// Reads typed values out of a YAML document and collects a diagnostic, pointing into the real file, for every
/// value that is missing, of the wrong type or unknown.
struct YAMLReader {
    /// The file the YAML is part of.
    let file: SourceFile
    /// How many lines of the file come before the YAML's first line (1 for front matter after `---`).
    let lineOffset: Int
    /// What was found wrong so far.
    var diagnostics: [Diagnostic] = []

    init(file: SourceFile, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Parses YAML text into a node tree; a syntax error becomes a diagnostic at Yams's mark.
    mutating func compose(_ yaml: String) -> Node? {
        if let (line, column, message) = YAMLAliasLimit.problem(in: yaml) {
            diagnostics.append(file.diagnostic(message, line: line + lineOffset, column: column))
            return nil
        }
        do {
            // The basic resolver tags every scalar as a string: values are read by what they hold (YAMLReader+Values),
            // and the default resolver's regular expressions, run on every key while duplicates are checked, cost more
            // than the rest of the parse. UTF-8 is what Yams picks for a native string; naming it spares reading the
            // process's environment on every call (Yams looks for an override there).
            return try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error))
            return nil
        } catch {
            diagnostics.append(file.diagnostic("could not read YAML: \(error)", line: lineOffset + 1))
            return nil
        }
    }

    /// A diagnostic at a node's first character; without a node, at the file's first line (front matter's `---`).
    func diagnostic(_ severity: Diagnostic.Severity, _ message: String, at node: Node?) -> Diagnostic {
        guard let mark = node?.mark else { return file.diagnostic(severity, message, line: 1) }
        return file.diagnostic(severity, message, line: mark.line + lineOffset, column: mark.column)
    }

    /// Records an error at a node.
    mutating func error(_ message: String, at node: Node?) {
        diagnostics.append(diagnostic(.error, message, at: node))
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let during =
                context.flatMap {
                    $0.text.isEmpty ? nil : " \($0.text) that starts on line \($0.mark.line + lineOffset)"
                }
                ?? ""
            if problem.hasPrefix("Maximum nesting level") {
                return file.diagnostic(
                    "invalid YAML: lists and mappings are nested more than 1,000 levels deep; flatten them",
                    line: mark.line + lineOffset, column: mark.column)
            }
            return file.diagnostic(
                "invalid YAML: \(problem)\(during); check the indentation, and put text with ': ' or '#' in quotes",
                line: mark.line + lineOffset,
                column: mark.column
            )
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return file.diagnostic(
                "the key \(keys) is given twice; keep one of them",
                line: context.mark.line + lineOffset,
                column: context.mark.column
            )
        case .reader(let problem, _, _, _):
            return file.diagnostic("invalid YAML: \(problem); save the file as UTF-8", line: lineOffset + 1)
        default:
            return file.diagnostic("invalid YAML: \(error)", line: lineOffset + 1)
        }
    }
}

extension YAMLReader {
    /// The key/value pairs of a mapping, or an error saying what was expected instead.
    mutating func fields(_ node: Node, expected: String) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error("\(expected) must be a mapping of 'key: value' lines, not \(Self.describe(node))", at: node)
            return nil
        }
        var pairs: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error("a key must be plain text, not \(Self.describe(key))", at: key)
                continue
            }
            pairs.append((scalar.string, key, value))
        }
        return Fields(pairs: pairs, start: node)
    }

    /// Warns about every key that is not known, suggesting the nearest known one.
    mutating func warnUnknownKeys(_ fields: Fields, known: [String], in what: String) {
        for (key, keyNode, _) in fields.pairs where !known.contains(key) {
            let hint =
                Suggestion.nearest(to: key, in: known).map { "did you mean '\($0)'?" }
                ?? "the keys of \(what) are \(known.map { "'\($0)'" }.joined(separator: ", "))"
            diagnostics.append(diagnostic(.warning, "unknown key '\(key)' is ignored; \(hint)", at: keyNode))
        }
    }

    /// A short name for what a node is, for messages: "a list", "a mapping", "text".
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar: "text"
        case .alias: "an alias"
        }
    }
}

/// The pairs of one YAML mapping, with the node they came from.
struct Fields {
    /// Key text, key node, value node, in file order.
    var pairs: [(String, Node, Node)]
    /// The mapping itself, where "missing key" errors point; nil points them at the file's first line.
    var start: Node?

    /// The value of a key; an explicit null (`key:` with nothing after it, or `~`) counts as absent.
    subscript(key: String) -> Node? {
        guard let value = pairs.first(where: { $0.0 == key })?.2 else { return nil }
        guard case .scalar(let scalar) = value, scalar.style == .plain else { return value }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return nil
        default: return value
        }
    }
}
