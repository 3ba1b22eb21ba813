import CommonMark

/// Rewrites the links and images in a comment, whose author is not trusted, on the cmark tree.
///
/// Every link becomes `<a href="…" rel="nofollow ugc noopener">…</a>` (with `class="bare-url"` when its text is its
/// address, as in `<https://example.org>`). An image becomes a link to it labelled with its alt text, so reading a
/// comment loads nothing. Only `http`, `https` and `mailto` addresses are linked; any other link or image (including
/// relative ones and `javascript:`) keeps only its text.
struct CommentLinks: Sendable {
    /// The `rel` of every link in a comment.
    static let rel = "nofollow ugc noopener"

    /// Rewrites every link and image in `document`.
    func apply(to document: inout Document) {
        document.rewrite { event, node, edits in
            guard event == .enter else { return .continue }
            switch node.kind {
            case .link:
                let url = node.url ?? ""
                let text = node.plainText
                let className = text == url || "mailto:" + text == url ? "bare-url" : nil
                let anchor = LinkHTML.anchor(url: url, title: node.title ?? "", className: className, rel: Self.rel)
                edits.replace(
                    node, keepingChildrenIn: .customInline(enter: anchor ?? "", exit: anchor == nil ? "" : "</a>"))
                return .continue
            case .image:
                edits.replace(node, with: [image(node)])
                return .skipChildren
            default:
                return .continue
            }
        }
    }

    /// A link to the image labelled with its alt text; just the text inside a link or when the address is not allowed.
    private func image(_ node: borrowing Node) -> NewNode {
        let url = node.url ?? ""
        let alt = node.plainText
        let allowed = URLScheme.isLinkable(url)
        let label = NewNode.text(alt.isEmpty ? (allowed ? url : "image") : alt)
        guard allowed, !node.isInside([.link]),
            let anchor = LinkHTML.anchor(url: url, title: node.title ?? "", rel: Self.rel)
        else { return label }
        return .customInline(enter: anchor, exit: "</a>", children: [label])
    }
}
