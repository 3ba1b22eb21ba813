internal import CCmark

/// The kind of a node in a CommonMark tree; mirrors cmark's `cmark_node_type`.
///
/// A plain value: `Sendable`, usable on any thread.
public enum NodeKind: Sendable, Hashable, CaseIterable {
    /// The root of every tree.
    case document
    /// A `>` block quote.
    case blockQuote
    /// A bullet or ordered list; its children are ``item``s.
    case list
    /// A list item.
    case item
    /// An indented or fenced code block.
    case codeBlock
    /// A raw HTML block (omitted from output unless raw HTML is allowed).
    case htmlBlock
    /// A block whose HTML is our own `enter`/`exit` strings; may contain any node.
    case customBlock
    /// A paragraph.
    case paragraph
    /// An ATX or setext heading.
    case heading
    /// A thematic break (`***`).
    case thematicBreak
    /// Literal text.
    case text
    /// A soft line break (a newline inside a paragraph).
    case softBreak
    /// A hard line break (two spaces or a backslash before a newline).
    case lineBreak
    /// An inline code span.
    case code
    /// Inline raw HTML (omitted from output unless raw HTML is allowed).
    case htmlInline
    /// An inline whose HTML is our own `enter`/`exit` strings; may contain inlines.
    case customInline
    /// Emphasis (`<em>`).
    case emphasis
    /// Strong emphasis (`<strong>`).
    case strong
    /// A link.
    case link
    /// An image.
    case image

    /// Whether nodes of this kind are blocks (as opposed to inlines).
    public var isBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock, .paragraph, .heading,
            .thematicBreak:
            true
        default:
            false
        }
    }

    /// Whether nodes of this kind never have children; a walk reports only their enter event.
    public var isLeaf: Bool {
        switch self {
        case .htmlBlock, .thematicBreak, .codeBlock, .text, .softBreak, .lineBreak, .code, .htmlInline:
            true
        default:
            false
        }
    }

    /// Whether cmark accepts a node of kind `child` as a child of a node of this kind.
    ///
    /// Mirrors cmark's own rule: documents, block quotes and items hold blocks other than items; lists hold
    /// items; custom blocks hold anything but a document; paragraphs, headings, emphasis, strong, links,
    /// images and custom inlines hold inlines; other kinds hold nothing.
    /// - Parameter child: The kind of the prospective child.
    /// - Returns: `true` when cmark would link such a child.
    public func canContain(_ child: NodeKind) -> Bool {
        guard child != .document else { return false }
        switch self {
        case .document, .blockQuote, .item:
            return child.isBlock && child != .item
        case .list:
            return child == .item
        case .customBlock:
            return true
        case .paragraph, .heading, .emphasis, .strong, .link, .image, .customInline:
            return !child.isBlock
        default:
            return false
        }
    }
}

extension NodeKind {
    /// The kind of a cmark node type; `nil` for `CMARK_NODE_NONE`.
    init?(_ type: cmark_node_type) {
        guard let kind = Self.byType[type.rawValue] else { return nil }
        self = kind
    }

    /// The cmark node type of this kind.
    var cmarkType: cmark_node_type {
        switch self {
        case .document: CMARK_NODE_DOCUMENT
        case .blockQuote: CMARK_NODE_BLOCK_QUOTE
        case .list: CMARK_NODE_LIST
        case .item: CMARK_NODE_ITEM
        case .codeBlock: CMARK_NODE_CODE_BLOCK
        case .htmlBlock: CMARK_NODE_HTML_BLOCK
        case .customBlock: CMARK_NODE_CUSTOM_BLOCK
        case .paragraph: CMARK_NODE_PARAGRAPH
        case .heading: CMARK_NODE_HEADING
        case .thematicBreak: CMARK_NODE_THEMATIC_BREAK
        case .text: CMARK_NODE_TEXT
        case .softBreak: CMARK_NODE_SOFTBREAK
        case .lineBreak: CMARK_NODE_LINEBREAK
        case .code: CMARK_NODE_CODE
        case .htmlInline: CMARK_NODE_HTML_INLINE
        case .customInline: CMARK_NODE_CUSTOM_INLINE
        case .emphasis: CMARK_NODE_EMPH
        case .strong: CMARK_NODE_STRONG
        case .link: CMARK_NODE_LINK
        case .image: CMARK_NODE_IMAGE
        }
    }

    private static let byType: [UInt32: NodeKind] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.cmarkType.rawValue, $0) }
    )
}
