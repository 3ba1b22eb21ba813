internal import CCmark

/// A node to create, described as a Swift value; ``Edits`` turns it into cmark nodes when it is applied.
///
/// Build the HTML of custom nodes yourself and escape what goes into it with ``HTML``: cmark emits
/// `enter` and `exit` unchanged, also in safe mode. A plain value: `Sendable`, usable on any thread.
public enum NewNode: Sendable, Hashable {
    /// Literal text; cmark escapes it when rendering.
    case text(String)
    /// An inline code span.
    case code(String)
    /// A soft line break.
    case softBreak
    /// A hard line break (`<br />`).
    case lineBreak
    /// Emphasis around inline children.
    case emphasis([NewNode])
    /// Strong emphasis around inline children.
    case strong([NewNode])
    /// A link; cmark escapes `url` and `title` and, in safe mode, empties unsafe URLs.
    case link(url: String, title: String = "", children: [NewNode] = [])
    /// An image; its children are the alt text.
    case image(url: String, title: String = "", children: [NewNode] = [])
    /// A paragraph of inline children.
    case paragraph([NewNode])
    /// An inline that emits `enter`, its inline children, then `exit`.
    case customInline(enter: String, exit: String, children: [NewNode] = [])
    /// A block that emits `enter` on a line of its own, its children (blocks or inlines), then `exit`.
    case customBlock(enter: String, exit: String, children: [NewNode] = [])

    /// The kind of node this creates.
    public var kind: NodeKind {
        switch self {
        case .text: .text
        case .code: .code
        case .softBreak: .softBreak
        case .lineBreak: .lineBreak
        case .emphasis: .emphasis
        case .strong: .strong
        case .link: .link
        case .image: .image
        case .paragraph: .paragraph
        case .customInline: .customInline
        case .customBlock: .customBlock
        }
    }

    /// The children this creates under the node.
    public var children: [NewNode] {
        switch self {
        case .text, .code, .softBreak, .lineBreak: []
        case .emphasis(let children), .strong(let children), .paragraph(let children): children
        case .link(_, _, let children), .image(_, _, let children): children
        case .customInline(_, _, let children), .customBlock(_, _, let children): children
        }
    }

    /// Whether cmark accepts every node of this description under its parent, at every depth.
    var isWellFormed: Bool {
        children.allSatisfy { kind.canContain($0.kind) && $0.isWellFormed }
    }

    /// Creates the cmark subtree; the caller owns it until it links it into a tree, and must free it otherwise.
    func make() -> OpaquePointer {
        guard let node = cmark_node_new(kind.cmarkType) else { fatalError("cmark_node_new returned NULL") }
        switch self {
        case .text(let literal), .code(let literal):
            cmark_node_set_literal(node, literal)
        case .link(let url, let title, _), .image(let url, let title, _):
            cmark_node_set_url(node, url)
            cmark_node_set_title(node, title)
        case .customInline(let enter, let exit, _), .customBlock(let enter, let exit, _):
            cmark_node_set_on_enter(node, enter)
            cmark_node_set_on_exit(node, exit)
        case .softBreak, .lineBreak, .emphasis, .strong, .paragraph:
            break
        }
        for child in children {
            let made = child.make()
            guard cmark_node_append_child(node, made) == 1 else {
                cmark_node_free(made)
                cmark_node_free(node)
                fatalError("cmark refused a \(child.kind) inside a \(kind)")
            }
        }
        return node
    }
}
