import YAMLEvents

/// Bounds what aliases (`*name`) can make a YAML document cost, checked on libyaml's events before Yams composes it.
///
/// Yams shares an anchored node between its aliases, but it hashes every mapping key to find duplicates, and hashing
/// an alias walks everything it stands for: ten levels of ten aliases each, used as a key, is 10^10 nodes from 600
/// bytes. So an alias may not be a mapping key or part of one, and all the aliases of a document together may stand
/// for at most ``budget`` nodes more than the document writes out, which no real settings, front matter or comments
/// file comes near.
struct YAMLAliasLimit {
    /// What a document may make its aliases stand for, beyond the nodes it writes out.
    static let budget = 10_000

    /// The first alias that breaks a limit, with where it is (1-based) and what to do; nil when there is none.
    static func problem(in text: String) -> (line: Int, column: Int, message: String)? {
        // An alias starts with `*`: most documents have none, and need no second parse.
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var text = text
        return text.withUTF8 { bytes in Scan(bytes).run() }
    }

    /// One pass over the events.
    private final class Scan {
        /// A list or mapping being read: how many nodes it holds so far, its anchor, and whether it is a key.
        private struct Frame {
            var isMapping: Bool
            var children = 0
            var size = 1
            var anchor: String?
            var inKey: Bool
        }

        private let reader: YAMLEventReader
        private var frames: [Frame] = []
        private var sizes: [String: Int] = [:]
        private var written = 0
        private var expanded = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            reader = YAMLEventReader(bytes)
        }

        func run() -> (line: Int, column: Int, message: String)? {
            while true {
                // A syntax error is Yams's to report, with its own words.
                let event = reader.next()
                guard event != .error, event != .streamEnd else { return nil }
                if let message = step(event) { return (reader.line, reader.column, message) }
            }
        }

        /// Whether the next node is a key, or inside one.
        private var nextIsKey: Bool {
            guard let parent = frames.last else { return false }
            return parent.inKey || (parent.isMapping && parent.children % 2 == 0)
        }

        private func step(_ event: YAMLEvent) -> String? {
            switch event {
            case .scalar:
                written += 1
                if let anchor = reader.anchor { sizes[anchor] = 1 }
                add(1)
            case .sequenceStart, .mappingStart:
                written += 1
                frames.append(Frame(isMapping: event == .mappingStart, anchor: reader.anchor, inKey: nextIsKey))
            case .sequenceEnd, .mappingEnd:
                guard let frame = frames.popLast() else { return nil }
                if let anchor = frame.anchor { sizes[anchor] = frame.size }
                add(frame.size)
            case .alias:
                let name = reader.aliasName ?? ""
                if nextIsKey {
                    return "invalid YAML: the alias *\(name) is used as a key; write the key out"
                }
                let size = sizes[name] ?? 1
                expanded = expanded > Int.max - size ? Int.max : expanded + size
                if expanded > written + budget {
                    return "invalid YAML: the aliases up to *\(name) stand for more than 10,000 values; "
                        + "write the values out instead of nesting aliases"
                }
                add(size)
            default:
                break
            }
            return nil
        }

        /// Counts a finished node in the list or mapping that holds it.
        private func add(_ size: Int) {
            guard !frames.isEmpty else { return }
            frames[frames.count - 1].children += 1
            // Saturating: sizes only matter up to the budget, and nested aliases can stand for more than Int holds.
            let (sum, overflow) = frames[frames.count - 1].size.addingReportingOverflow(size)
            frames[frames.count - 1].size = overflow ? Int.max : sum
        }
    }
}
