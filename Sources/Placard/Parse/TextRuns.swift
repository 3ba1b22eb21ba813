import CommonMark

/// Rewrites the text a reader sees, run by run: adjacent text nodes are joined first, because cmark splits text at
/// punctuation (a number such as `202-401-9246` arrives as five nodes under smart punctuation).
///
/// Text inside links, images, code and raw HTML is never offered, nor text inside the links our transforms write as
/// custom inlines (those whose HTML starts with `<a`). When raw HTML is rendered, text between inline raw HTML tags
/// such as `<a href="…">` and `</a>` (or `<code>`…) is not offered either. Runs end at line breaks and other inlines.
enum TextRuns {
    /// Whether the document's raw HTML reaches the page.
    enum RawHTML {
        /// Rendered (posts and pages with `markdown.unsafe_html`): text inside a raw `<a>` or `<code>` is left alone.
        case rendered
        /// Omitted by cmark's safe mode: the tags vanish, so the text between them is text like any other.
        case omitted
    }

    /// The raw HTML elements whose text is never rewritten when raw HTML is rendered.
    static let rawElements: Set<String> = ["a", "code", "kbd", "pre", "samp", "script", "style", "textarea"]

    /// Offers each run of text in `document` to `transform`, which returns the nodes to put in its place or `nil`
    /// to leave it as it is.
    static func rewrite(_ document: inout Document, rawHTML: RawHTML, _ transform: (String) -> [NewNode]?) {
        document.rewrite { event, node, edits in
            guard event == .enter else { return .continue }
            if isLink(node) { return .skipChildren }
            if node.kind.canContain(.text) { rewriteChildren(of: node, rawHTML: rawHTML, edits: &edits, transform) }
            return .continue
        }
    }

    /// Whether `node` is a link or image, made by cmark or by a transform.
    static func isLink(_ node: borrowing Node) -> Bool {
        switch node.kind {
        case .link, .image: true
        case .customInline: node.customEnter?.hasPrefix("<a") ?? false
        default: false
        }
    }

    /// One run: the index of its first node among the parent's children, how many nodes, and their joined text.
    private struct Run {
        var start: Int
        var count: Int
        var text: String
    }

    private static func rewriteChildren(
        of parent: borrowing Node, rawHTML: RawHTML, edits: inout Edits, _ transform: (String) -> [NewNode]?
    ) {
        var replacements: [Int: [NewNode]] = [:]
        var removals: Set<Int> = []
        for run in runs(in: parent, rawHTML: rawHTML) {
            guard let nodes = transform(run.text) else { continue }
            replacements[run.start] = nodes
            removals.formUnion(run.start + 1..<run.start + run.count)
        }
        guard !replacements.isEmpty else { return }
        var index = 0
        parent.forEachChild { child in
            if let nodes = replacements[index] {
                edits.replace(child, with: nodes)
            } else if removals.contains(index) {
                edits.remove(child)
            }
            index += 1
        }
    }

    private static func runs(in parent: borrowing Node, rawHTML: RawHTML) -> [Run] {
        var runs: [Run] = []
        var current: Run?
        var index = 0
        var openRawElements = 0
        parent.forEachChild { child in
            if rawHTML == .rendered, child.kind == .htmlInline, let (name, closes) = tag(child.literal ?? ""),
                rawElements.contains(name)
            {
                openRawElements = max(0, openRawElements + (closes ? -1 : 1))
            }
            if child.kind == .text && openRawElements == 0 {
                current = current ?? Run(start: index, count: 0, text: "")
                current?.count += 1
                current?.text += child.literal ?? ""
            } else if let run = current {
                runs.append(run)
                current = nil
            }
            index += 1
        }
        if let current { runs.append(current) }
        return runs
    }

    /// The lower-case name of an inline HTML tag and whether it is a closing tag; `nil` for comments and the like.
    private static func tag(_ html: String) -> (String, Bool)? {
        var rest = html.unicodeScalars.dropFirst()
        guard html.hasPrefix("<") else { return nil }
        let closes = rest.first == "/"
        if closes { rest = rest.dropFirst() }
        let name = rest.prefix { $0.isASCII && ($0.properties.isAlphabetic || $0.isASCIIDigit) }
        guard !name.isEmpty else { return nil }
        return (String(String.UnicodeScalarView(name)).lowercased(), closes)
    }

    /// The nodes for `text` with each match replaced: plain text between the matches, and the match's own nodes.
    /// - Parameters:
    ///   - text: the run's scalars.
    ///   - matches: ranges of `text` in order, not overlapping, with the nodes that replace each.
    static func splice(_ text: [Unicode.Scalar], _ matches: [(Range<Int>, [NewNode])]) -> [NewNode] {
        var nodes: [NewNode] = []
        var index = 0
        for (range, replacement) in matches {
            if range.lowerBound > index { nodes.append(.text(text.string(index..<range.lowerBound))) }
            nodes += replacement
            index = range.upperBound
        }
        if index < text.count { nodes.append(.text(text.string(index..<text.count))) }
        return nodes
    }
}
