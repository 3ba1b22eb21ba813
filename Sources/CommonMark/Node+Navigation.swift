internal import CCmark

extension Node {
    /// Lends each child of this node to `body`, first to last.
    /// - Parameter body: Receives each child, valid only during its call.
    public func forEachChild<Failure: Error>(_ body: (borrowing Node) throws(Failure) -> Void) throws(Failure) {
        var child = cmark_node_first_child(pointer)
        while let current = child {
            child = cmark_node_next(current)
            try body(Node(current, document: document))
        }
    }

    /// The number of children.
    public var childCount: Int {
        var count = 0
        var child = cmark_node_first_child(pointer)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        return count
    }

    /// Lends the parent to `body`, if there is one.
    /// - Parameter body: Receives the parent, valid only during the call.
    /// - Returns: What `body` returns, or `nil` for the document node.
    public func withParent<Value, Failure: Error>(
        _ body: (borrowing Node) throws(Failure) -> Value
    ) throws(Failure) -> Value? {
        try lend(cmark_node_parent(pointer), to: body)
    }

    /// Lends the first child to `body`, if there is one.
    /// - Parameter body: Receives the first child, valid only during the call.
    /// - Returns: What `body` returns, or `nil` when the node has no children.
    public func withFirstChild<Value, Failure: Error>(
        _ body: (borrowing Node) throws(Failure) -> Value
    ) throws(Failure) -> Value? {
        try lend(cmark_node_first_child(pointer), to: body)
    }

    /// Lends the last child to `body`, if there is one.
    /// - Parameter body: Receives the last child, valid only during the call.
    /// - Returns: What `body` returns, or `nil` when the node has no children.
    public func withLastChild<Value, Failure: Error>(
        _ body: (borrowing Node) throws(Failure) -> Value
    ) throws(Failure) -> Value? {
        try lend(cmark_node_last_child(pointer), to: body)
    }

    /// Lends the next sibling to `body`, if there is one.
    /// - Parameter body: Receives the next sibling, valid only during the call.
    /// - Returns: What `body` returns, or `nil` for a last child.
    public func withNextSibling<Value, Failure: Error>(
        _ body: (borrowing Node) throws(Failure) -> Value
    ) throws(Failure) -> Value? {
        try lend(cmark_node_next(pointer), to: body)
    }

    /// Lends the previous sibling to `body`, if there is one.
    /// - Parameter body: Receives the previous sibling, valid only during the call.
    /// - Returns: What `body` returns, or `nil` for a first child.
    public func withPreviousSibling<Value, Failure: Error>(
        _ body: (borrowing Node) throws(Failure) -> Value
    ) throws(Failure) -> Value? {
        try lend(cmark_node_previous(pointer), to: body)
    }

    /// The kinds of this node's ancestors, nearest first, ending with ``NodeKind/document``.
    public var ancestorKinds: [NodeKind] {
        var kinds: [NodeKind] = []
        var ancestor = cmark_node_parent(pointer)
        while let current = ancestor {
            kinds.append(Node(current, document: document).kind)
            ancestor = cmark_node_parent(current)
        }
        return kinds
    }

    /// Whether some ancestor of this node has one of `kinds`, e.g. text inside a link or a heading.
    /// - Parameter kinds: The kinds to look for.
    /// - Returns: `true` when an ancestor (not the node itself) has one of them.
    public func isInside(_ kinds: Set<NodeKind>) -> Bool {
        var ancestor = cmark_node_parent(pointer)
        while let current = ancestor {
            if kinds.contains(Node(current, document: document).kind) { return true }
            ancestor = cmark_node_parent(current)
        }
        return false
    }

    /// The text a reader sees in this node's inline content: text and code literals, line breaks as spaces.
    ///
    /// Raw HTML, code blocks and custom nodes' enter/exit strings are left out. Useful for heading slugs
    /// and alt text.
    public var plainText: String {
        var text = ""
        walk { event, node in
            switch node.kind {
            case .text, .code: text += node.literal ?? ""
            case .softBreak, .lineBreak: text += " "
            default: break
            }
            return .continue
        }
        return text
    }

    private func lend<Value, Failure: Error>(
        _ other: OpaquePointer?,
        to body: (borrowing Node) throws(Failure) -> Value
    ) throws(Failure) -> Value? {
        guard let other else { return nil }
        return try body(Node(other, document: document))
    }
}
