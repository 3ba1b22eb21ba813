extension Document {
    /// Walks the document like ``walk(_:)``, collecting ``Edits``, then applies them once the walk ends.
    ///
    /// The visitor sees the tree as parsed: edits take effect only after the last event, in the order they
    /// were asked for, and the nodes they create are not visited. Removed nodes are freed before this
    /// returns. Needs exclusive access to the document, so nothing else can read the tree meanwhile.
    /// - Parameter visit: Called for each event with the node (valid only during the call) and the edits.
    /// - Throws: What `visit` throws; the walk then stops and no edit is applied.
    public mutating func rewrite<Failure: Error>(
        _ visit: (WalkEvent, borrowing Node, inout Edits) throws(Failure) -> WalkAction
    ) throws(Failure) {
        var edits = Edits(document: root)
        try Walker.walk(from: root, document: root) { (event, node) throws(Failure) -> WalkAction in
            try visit(event, node, &edits)
        }
        edits.apply()
    }
}
