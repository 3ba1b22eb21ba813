import CommonMark

/// Turns Markdown into HTML fragments with the site's rules, on the cmark tree: smart punctuation always, raw HTML
/// only where the site allows it and never in comments, an id on every heading, and no image loaded from a comment.
struct MarkdownRenderer: Sendable {
    /// Whether posts and pages may contain raw HTML (`markdown.unsafe_html`).
    let allowRawHTML: Bool

    /// HTML for the author's own text: a post, an update or a page.
    /// - Parameter ids: the ids already used on the page; headings get new ones.
    func html(_ source: MarkdownSource, ids: inout HeadingIDs) -> String {
        var document = Document(markdown: source.text, options: [.smartPunctuation, .validateUTF8])
        document.rewrite { event, node, edits in
            guard event == .enter, node.kind == .heading, let level = node.headingLevel else { return .continue }
            // An inline wrapper keeps cmark's one-line `<h2 id="…">…</h2>`; the empty block takes the heading's place.
            let id = HTML.escapeAttribute(ids.make(for: node.plainText))
            edits.wrapChildren(of: node, in: .customInline(enter: "<h\(level) id=\"\(id)\">", exit: "</h\(level)>"))
            edits.replace(node, keepingChildrenIn: .customBlock(enter: "", exit: ""))
            return .skipChildren
        }
        return document.html(allowRawHTML ? [.allowRawHTML] : [])
    }

    /// HTML for a commenter's text: raw HTML is never passed through, and an image becomes a link to it, so that
    /// reading a comment loads nothing.
    func commentHTML(_ markdown: String) -> String {
        var document = Document(markdown: markdown, options: [.smartPunctuation, .validateUTF8])
        document.rewrite { event, node, edits in
            guard event == .enter, node.kind == .image else { return .continue }
            let alt = node.plainText
            let label = alt.isEmpty ? (node.url ?? "image") : alt
            let link = NewNode.link(url: node.url ?? "", title: node.title ?? "", children: [.text(label)])
            edits.replace(node, with: [node.isInside([.link]) ? .text(label) : link])
            return .skipChildren
        }
        return document.html([])
    }
}
