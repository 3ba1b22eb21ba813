internal import CCmark

extension Edits {
    /// Applies every operation in order, then frees the nodes they removed.
    consuming func apply() {
        var removed: [OpaquePointer] = []
        for operation in operations {
            apply(operation, removed: &removed)
        }
        // Each removed node is the root of its own detached tree: unlinked once, never linked again.
        for node in removed {
            cmark_node_free(node)
        }
    }

    private func apply(_ operation: Operation, removed: inout [OpaquePointer]) {
        switch operation {
        case .insertBefore(let anchor, let nodes):
            for new in nodes {
                _ = link(new) { cmark_node_insert_before(anchor, $0) }
            }
        case .insertAfter(let anchor, let nodes):
            var previous = anchor
            for new in nodes {
                guard let made = link(new, { cmark_node_insert_after(previous, $0) }) else { return }
                previous = made
            }
        case .replace(let anchor, let nodes):
            guard cmark_node_parent(anchor) != nil else { return }
            apply(.insertBefore(anchor, nodes), removed: &removed)
            unlink(anchor, into: &removed)
        case .replaceKeepingChildren(let anchor, let container):
            guard let made = link(container, { cmark_node_insert_before(anchor, $0) }) else { return }
            moveChildren(of: anchor, to: made)
            unlink(anchor, into: &removed)
        case .wrap(let anchor, let container):
            guard let made = link(container, { cmark_node_insert_before(anchor, $0) }) else { return }
            cmark_node_append_child(made, anchor)
        case .wrapChildren(let anchor, let container):
            let made = container.make()
            moveChildren(of: anchor, to: made)
            guard cmark_node_append_child(anchor, made) == 1 else {
                fatalError("cmark refused a container checked when the edit was asked for")
            }
        }
    }

    /// Creates `new` and links it with `attach`; frees it and returns `nil` when cmark refuses.
    private func link(_ new: NewNode, _ attach: (OpaquePointer) -> Int32) -> OpaquePointer? {
        let made = new.make()
        guard attach(made) == 1 else {
            cmark_node_free(made)
            return nil
        }
        return made
    }

    /// Moves every child of `source` to the end of `target`'s children, in order.
    private func moveChildren(of source: OpaquePointer, to target: OpaquePointer) {
        while let child = cmark_node_first_child(source) {
            guard cmark_node_append_child(target, child) == 1 else {
                fatalError("cmark refused to move a child checked when the edit was asked for")
            }
        }
    }

    /// Unlinks a node that still has a parent and records it to be freed; detached nodes are left alone.
    private func unlink(_ node: OpaquePointer, into removed: inout [OpaquePointer]) {
        guard cmark_node_parent(node) != nil else { return }
        cmark_node_unlink(node)
        removed.append(node)
    }
}
