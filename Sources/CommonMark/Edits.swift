internal import CCmark

/// Changes to a document's tree, collected during ``Document/rewrite(_:)`` and applied, in the order they
/// were asked for, after the walk ends.
///
/// Because nothing changes while the walk runs, every node a visitor sees is the parsed one, and nodes
/// created by an edit are never visited. Removed and replaced nodes are unlinked when applied and freed
/// once, after the last edit. An edit aimed at a node that an earlier edit removed is dropped, and the nodes
/// it would have created are freed. Asking for a tree cmark cannot hold (a block inside a paragraph, a
/// sibling for the document node, a node of another document) is a programming error and traps at once.
///
/// Only ``Document/rewrite(_:)`` creates an `Edits`; it cannot be copied, kept or sent to another thread.
public struct Edits: ~Copyable {
    /// One requested change; pointers are anchors in the document, valid until the rewrite frees nodes.
    enum Operation {
        case insertBefore(OpaquePointer, [NewNode])
        case insertAfter(OpaquePointer, [NewNode])
        case replace(OpaquePointer, [NewNode])
        case replaceKeepingChildren(OpaquePointer, NewNode)
        case wrap(OpaquePointer, NewNode)
        case wrapChildren(OpaquePointer, NewNode)
    }

    /// The root of the document being rewritten.
    let document: OpaquePointer
    /// The changes asked for so far, in order.
    var operations: [Operation] = []

    init(document: OpaquePointer) {
        self.document = document
    }

    /// The number of edits asked for so far.
    public var count: Int { operations.count }

    /// Inserts new nodes, in order, just before `node`.
    /// - Parameters:
    ///   - nodes: The nodes to create; each must be allowed in `node`'s parent.
    ///   - node: A node of this document other than the document node.
    public mutating func insert(_ nodes: [NewNode], before node: borrowing Node) {
        checkSiblings(nodes, of: node)
        operations.append(.insertBefore(node.pointer, nodes))
    }

    /// Inserts new nodes, in order, just after `node`.
    /// - Parameters:
    ///   - nodes: The nodes to create; each must be allowed in `node`'s parent.
    ///   - node: A node of this document other than the document node.
    public mutating func insert(_ nodes: [NewNode], after node: borrowing Node) {
        checkSiblings(nodes, of: node)
        operations.append(.insertAfter(node.pointer, nodes))
    }

    /// Removes `node` and its descendants from the tree; they are freed when the rewrite ends.
    /// - Parameter node: A node of this document other than the document node.
    public mutating func remove(_ node: borrowing Node) {
        checkSiblings([], of: node)
        operations.append(.replace(node.pointer, []))
    }

    /// Replaces `node` and its descendants by new nodes, e.g. a text node by text, a link and more text.
    /// - Parameters:
    ///   - node: A node of this document other than the document node.
    ///   - nodes: The nodes to create in its place; each must be allowed in `node`'s parent.
    public mutating func replace(_ node: borrowing Node, with nodes: [NewNode]) {
        checkSiblings(nodes, of: node)
        operations.append(.replace(node.pointer, nodes))
    }

    /// Replaces `node` by `container`, moving `node`'s children to the end of the container's own children.
    ///
    /// For example, a heading replaced by `.customBlock(enter: "<h2 id=\"x\">", exit: "</h2>")` keeps
    /// its text, emphasis and links.
    /// - Parameters:
    ///   - node: A node of this document other than the document node.
    ///   - container: The node to create; it must accept `node`'s children and be allowed in its parent.
    public mutating func replace(_ node: borrowing Node, keepingChildrenIn container: NewNode) {
        checkSiblings([container], of: node)
        checkChildren(of: node, fit: container)
        operations.append(.replaceKeepingChildren(node.pointer, container))
    }

    /// Puts `node` inside `container`, which takes its place; `node` follows the container's own children.
    /// - Parameters:
    ///   - node: A node of this document other than the document node.
    ///   - container: The node to create; it must accept `node` and be allowed in `node`'s parent.
    public mutating func wrap(_ node: borrowing Node, in container: NewNode) {
        checkSiblings([container], of: node)
        precondition(container.kind.canContain(node.kind), "a \(container.kind) cannot contain a \(node.kind)")
        operations.append(.wrap(node.pointer, container))
    }

    /// Moves all children of `node` into `container`, which becomes `node`'s last child.
    /// - Parameters:
    ///   - node: A node of this document.
    ///   - container: The node to create; it must accept `node`'s children and be allowed in `node`.
    public mutating func wrapChildren(of node: borrowing Node, in container: NewNode) {
        checkDocument(of: node)
        precondition(container.isWellFormed, "\(container.kind) holds children cmark cannot link")
        precondition(node.kind.canContain(container.kind), "a \(node.kind) cannot contain a \(container.kind)")
        checkChildren(of: node, fit: container)
        operations.append(.wrapChildren(node.pointer, container))
    }

    private func checkDocument(of node: borrowing Node) {
        precondition(node.document == document, "the node belongs to another document")
    }

    /// Traps unless `nodes` can be linked next to `node`.
    private func checkSiblings(_ nodes: [NewNode], of node: borrowing Node) {
        checkDocument(of: node)
        let parentKind = node.withParent { $0.kind }
        guard let parentKind else { preconditionFailure("the document node has no siblings and cannot be removed") }
        for new in nodes {
            precondition(parentKind.canContain(new.kind), "a \(parentKind) cannot contain a \(new.kind)")
            precondition(new.isWellFormed, "\(new.kind) holds children cmark cannot link")
        }
    }

    /// Traps unless every child of `node` can move into `container`.
    private func checkChildren(of node: borrowing Node, fit container: NewNode) {
        precondition(!container.kind.isLeaf, "a \(container.kind) cannot hold children")
        node.forEachChild { child in
            precondition(container.kind.canContain(child.kind), "a \(container.kind) cannot contain a \(child.kind)")
        }
    }
}

/// Edits belong to the rewrite that created them.
@available(*, unavailable)
extension Edits: Sendable {}
