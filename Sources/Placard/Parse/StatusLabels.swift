import CommonMark

/// Marks paragraphs and list items that start with a status word and a colon (`NEW:`, `DEVELOPING (6/14):`), on the
/// cmark tree.
///
/// Markup: the word, and its date when given, become `<strong class="label label-new">NEW (5/29)</strong>`, followed
/// by the colon and the rest of the text as written. The word may also be written in bold (`**NEW:**`). An item or
/// paragraph starting with `ENDED` is kept and wrapped in `<div class="status-ended">…</div>` (inside the `<li>` for
/// an item, around the `<p>` otherwise). Words are matched as configured, case and all, and only at the very start,
/// so "New: …" or "… is NEW: …" stay plain text.
struct StatusLabels: Sendable {
    /// The words of `site.yml`'s default `labels`.
    static let defaultWords = ["NEW", "UPDATED", "DEVELOPING", "ENDED"]
    /// The word that marks an item as ended.
    static let endedWord = "ENDED"
    /// The container an ended item's content goes in.
    static let endedBlock = NewNode.customBlock(enter: "<div class=\"status-ended\">", exit: "</div>")

    /// The configured words, longest first so that one word that starts another cannot hide it.
    let words: [String]
    /// The site's word each translated word stands for (`NUEVO` → `NEW`): its class and whether it ends an item.
    let styles: [String: String]

    /// - Parameters:
    ///   - words: `site.yml`'s `labels`, or a language's words for them.
    ///   - styles: the site's word of each translated word, as ``SiteConfig/labelStyles`` gives them.
    init(words: [String], styles: [String: String] = [:]) {
        self.words = words.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        self.styles = styles
    }

    /// Labels every paragraph of `document` that starts with a status word.
    func apply(to document: inout Document) {
        guard !words.isEmpty else { return }
        document.rewrite { event, node, edits in
            guard event == .enter, node.kind == .paragraph else { return .continue }
            if let word = label(node, edits: &edits), (styles[word] ?? word) == Self.endedWord {
                markEnded(node, edits: &edits)
            }
            return .skipChildren
        }
    }

    /// Replaces the label at the start of `paragraph`, if there is one, and returns its word.
    private func label(_ paragraph: borrowing Node, edits: inout Edits) -> String? {
        if let runText = leadingText(of: paragraph), let found = StatusLabel(runText.joined(), words: words),
            found.rest.hasPrefix(":")
        {
            let found = found.styled(styles)
            var index = 0
            paragraph.forEachChild { child in
                defer { index += 1 }
                guard index < runText.count, child.kind == .text else { return }
                if index == 0 {
                    edits.replace(child, with: [found.node, .text(found.rest)])
                } else {
                    edits.remove(child)
                }
            }
            return found.word
        }
        return paragraph.withFirstChild { first -> String? in
            guard first.kind == .strong || first.kind == .emphasis, first.childCount > 0,
                Self.holdsOnlyText(first), let found = StatusLabel(first.plainText, words: words),
                found.rest == ":" || found.rest.isEmpty && first.withNextSibling({ Self.startsWithColon($0) }) == true
            else { return nil }
            let styled = found.styled(styles)
            edits.replace(first, with: found.rest.isEmpty ? [styled.node] : [styled.node, .text(":")])
            return found.word
        } ?? nil
    }

    /// The texts of the text nodes that start `paragraph`, one string per node; `nil` when it starts otherwise.
    private func leadingText(of paragraph: borrowing Node) -> [String]? {
        var texts: [String] = []
        var ended = false
        paragraph.forEachChild { child in
            guard !ended else { return }
            if child.kind == .text { texts.append(child.literal ?? "") } else { ended = true }
        }
        return texts.isEmpty ? nil : texts
    }

    /// Wraps an ended item's content, or an ended paragraph outside an item's start, in the ended block.
    private func markEnded(_ paragraph: borrowing Node, edits: inout Edits) {
        let startsItem =
            paragraph.withParent({ $0.kind == .item }) == true && paragraph.withPreviousSibling({ _ in true }) == nil
        guard startsItem else {
            edits.wrap(paragraph, in: Self.endedBlock)
            return
        }
        paragraph.withParent { item in
            // Items of a tight list show their text without <p>; an empty block keeps it so inside the wrapper.
            if item.withParent({ $0.isTightList }) == true {
                item.forEachChild { child in
                    if child.kind == .paragraph {
                        edits.replace(child, keepingChildrenIn: .customBlock(enter: "", exit: ""))
                    }
                }
            }
            edits.wrapChildren(of: item, in: Self.endedBlock)
        }
    }

    private static func holdsOnlyText(_ node: borrowing Node) -> Bool {
        var onlyText = true
        node.forEachChild { child in onlyText = onlyText && child.kind == .text }
        return onlyText
    }

    private static func startsWithColon(_ node: borrowing Node) -> Bool {
        node.kind == .text && (node.literal?.hasPrefix(":") ?? false)
    }
}
