internal import CCmark

/// A read-only view of one node in a ``Document``'s tree.
///
/// A `Node` is only ever lent to a closure as a `borrowing` parameter, so it cannot be stored, returned or
/// sent elsewhere, and cannot outlive its document. It does not own memory. Read what you need into Swift
/// values (``kind``, ``literal``, ``url``…) while the closure runs. It is not `Sendable`: use it on the
/// thread that called the closure.
public struct Node: ~Copyable {
    /// The cmark node; owned by the document.
    let pointer: OpaquePointer
    /// The owning document's root, which identifies the document when a node is handed to ``Edits``.
    let document: OpaquePointer

    init(_ pointer: OpaquePointer, document: OpaquePointer) {
        self.pointer = pointer
        self.document = document
    }

    /// The node's kind.
    public var kind: NodeKind {
        guard let kind = NodeKind(cmark_node_get_type(pointer)) else {
            fatalError("cmark node without a type")
        }
        return kind
    }

    /// The text of a text, code, code block, raw HTML block or inline HTML node; `nil` for other kinds.
    public var literal: String? {
        Cmark.string(cmark_node_get_literal(pointer))
    }

    /// The destination of a link or image (`""` when empty); `nil` for other kinds.
    public var url: String? {
        Cmark.string(cmark_node_get_url(pointer))
    }

    /// The title of a link or image (`""` when none); `nil` for other kinds.
    public var title: String? {
        Cmark.string(cmark_node_get_title(pointer))
    }

    /// The level (1–6) of a heading; `nil` for other kinds.
    public var headingLevel: Int? {
        let level = cmark_node_get_heading_level(pointer)
        return level > 0 ? Int(level) : nil
    }

    /// Whether a list is bulleted or ordered; `nil` for other kinds.
    public var listType: ListType? {
        switch cmark_node_get_list_type(pointer) {
        case CMARK_BULLET_LIST: .bullet
        case CMARK_ORDERED_LIST: .ordered
        default: nil
        }
    }

    /// The first number of an ordered list (may be 0); `nil` for bullet lists and other kinds.
    public var listStart: Int? {
        listType == .ordered ? Int(cmark_node_get_list_start(pointer)) : nil
    }

    /// Whether a list is tight (items rendered without `<p>`); `nil` for other kinds.
    public var isTightList: Bool? {
        kind == .list ? cmark_node_get_list_tight(pointer) != 0 : nil
    }

    /// The info string of a code block (`""` for indented blocks, `swift` after ```` ```swift ````); `nil`
    /// for other kinds.
    public var fenceInfo: String? {
        Cmark.string(cmark_node_get_fence_info(pointer))
    }

    /// The HTML a custom block or inline emits before its children; `nil` for other kinds.
    public var customEnter: String? {
        Cmark.string(cmark_node_get_on_enter(pointer))
    }

    /// The HTML a custom block or inline emits after its children; `nil` for other kinds.
    public var customExit: String? {
        Cmark.string(cmark_node_get_on_exit(pointer))
    }

    /// Where the node came from in the source; `nil` for nodes cmark has no position for (nodes created by
    /// edits, many inlines).
    public var sourceRange: SourceRange? {
        let startLine = Int(cmark_node_get_start_line(pointer))
        guard startLine > 0 else { return nil }
        return SourceRange(
            start: SourcePosition(line: startLine, column: Int(cmark_node_get_start_column(pointer))),
            end: SourcePosition(
                line: Int(cmark_node_get_end_line(pointer)),
                column: Int(cmark_node_get_end_column(pointer))
            )
        )
    }

    /// Renders this node and its descendants as HTML.
    /// - Parameter options: Render options; the default is cmark's safe mode (no raw HTML).
    /// - Returns: The HTML, a Swift string (cmark's buffer is freed before returning).
    public func html(_ options: RenderOptions = []) -> String {
        Cmark.html(of: pointer, options: options)
    }
}

/// A node view belongs to the thread that was lent it.
@available(*, unavailable)
extension Node: Sendable {}
