extension ThreadBuilder {
    /// Where each comment is shown: its depth, the comment it is shown under, and whom it answers when that is not
    /// the comment it is shown under.
    struct Placement {
        var depth: [Int]
        var displayParent: [Int?]
        var inReplyTo: [String?]
    }

    /// Follows each comment's parents up to a top-level comment, once per comment overall, without recursion.
    /// - Throws: a diagnostic for each cycle of replies, at the comment that closes it.
    func place(_ comments: [Comment], parents: [Int?], file: SourceFile) throws(BuildFailure) -> Placement {
        var placement = Placement(
            depth: Array(repeating: 0, count: comments.count),
            displayParent: Array(repeating: nil, count: comments.count),
            inReplyTo: Array(repeating: nil, count: comments.count)
        )
        var diagnostics: [Diagnostic] = []
        var chain: [Int] = []
        var onChain = Array(repeating: false, count: comments.count)
        for start in comments.indices where placement.depth[start] == 0 {
            var current: Int? = start
            while let node = current, placement.depth[node] == 0, !onChain[node] {
                chain.append(node)
                onChain[node] = true
                current = parents[node]
            }
            if let node = current, onChain[node] {
                diagnostics.append(cycle(through: node, comments: comments, file: file))
                for member in chain { placement.depth[member] = -1 }
            } else {
                for node in chain.reversed() { settle(node, parents: parents, comments: comments, &placement) }
            }
            for member in chain { onChain[member] = false }
            chain.removeAll(keepingCapacity: true)
        }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }
        return placement
    }

    /// Places one comment whose parent is already placed.
    private func settle(_ node: Int, parents: [Int?], comments: [Comment], _ placement: inout Placement) {
        guard let parent = parents[node] else {
            placement.depth[node] = 1
            return
        }
        let parentDepth = placement.depth[parent]
        placement.depth[node] = min(parentDepth + 1, maxDepth)
        if parentDepth >= maxDepth {
            placement.displayParent[node] = placement.displayParent[parent]
            placement.inReplyTo[node] = comments[parent].author ?? "Anonymous"
        } else {
            placement.displayParent[node] = parent
        }
    }

    private func cycle(through node: Int, comments: [Comment], file: SourceFile) -> Diagnostic {
        let comment = comments[node]
        let at = comment.parentLocation ?? comment.location
        return file.diagnostic(
            "comment \(comment.id) is part of a cycle of replies; one comment of the cycle must have no 'parent'",
            line: at.line,
            column: at.column
        )
    }
}
