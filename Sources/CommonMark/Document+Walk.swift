internal import CCmark

extension Document {
    /// Visits every node in document order, reporting enter and exit events.
    ///
    /// The visitor may read the nodes it is lent, but not keep them. Return ``WalkAction/skipChildren`` to
    /// leave out a node's descendants (for example code and links when looking for plain text), or
    /// ``WalkAction/stop`` to end early. To change the tree, use ``rewrite(_:)``.
    /// - Parameter visit: Called for each event with the node, valid only during the call.
    public func walk<Failure: Error>(
        _ visit: (WalkEvent, borrowing Node) throws(Failure) -> WalkAction
    ) throws(Failure) {
        try Walker.walk(from: root, document: root, visit)
    }
}

extension Node {
    /// Visits this node and its descendants in document order, reporting enter and exit events.
    ///
    /// Same as ``Document/walk(_:)`` but for one subtree; this node's own events come first and last.
    /// - Parameter visit: Called for each event with the node, valid only during the call.
    public func walk<Failure: Error>(
        _ visit: (WalkEvent, borrowing Node) throws(Failure) -> WalkAction
    ) throws(Failure) {
        try Walker.walk(from: pointer, document: document, visit)
    }
}

/// The one loop over `cmark_iter` behind every walk.
enum Walker {
    /// Walks the subtree at `start`; the tree must not change during the walk.
    static func walk<Failure: Error>(
        from start: OpaquePointer,
        document: OpaquePointer,
        _ visit: (WalkEvent, borrowing Node) throws(Failure) -> WalkAction
    ) throws(Failure) {
        guard let iterator = cmark_iter_new(start) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let type = cmark_iter_next(iterator)
            guard type == CMARK_EVENT_ENTER || type == CMARK_EVENT_EXIT,
                let pointer = cmark_iter_get_node(iterator)
            else { return }
            let event: WalkEvent = type == CMARK_EVENT_ENTER ? .enter : .exit
            let node = Node(pointer, document: document)
            switch try visit(event, node) {
            case .continue:
                continue
            case .stop:
                return
            case .skipChildren:
                guard event == .enter, !node.kind.isLeaf else { continue }
                cmark_iter_reset(iterator, pointer, CMARK_EVENT_EXIT)
                if try visit(.exit, node) == .stop { return }
            }
        }
    }
}
