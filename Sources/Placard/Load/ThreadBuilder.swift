/// Threads a post's comments: parents by id, archive order, top-level numbers, depth clamped to `max_depth`.
///
/// Linear in the number of comments and without recursion, so a 10,000-deep reply chain is fine.
struct ThreadBuilder: Sendable {
    /// How deep replies nest before they are shown at the last level.
    let maxDepth: Int

    /// Threads `comments`, in file order.
    /// - Parameter file: the `comments.yml` the comments came from, for diagnostics.
    /// - Throws: every duplicate id, missing parent, self-parent and cycle, as diagnostics.
    func thread(_ comments: [Comment], file: SourceFile) throws(BuildFailure) -> CommentThread {
        let index = try indexByID(comments, file: file)
        let parents = try parentIndices(comments, index: index, file: file)
        let placement = try place(comments, parents: parents, file: file)
        var entries = comments.enumerated().map { offset, comment in
            CommentThread.Entry(
                comment: comment,
                number: nil,
                depth: placement.depth[offset],
                inReplyTo: placement.inReplyTo[offset],
                replies: [],
                parent: parents[offset]
            )
        }
        var topLevel: [Int] = []
        var mentions: [Int] = []
        for offset in comments.indices {
            if comments[offset].isMention {
                mentions.append(offset)
            } else if let parent = placement.displayParent[offset] {
                entries[parent].replies.append(offset)
            } else {
                topLevel.append(offset)
                entries[offset].number = topLevel.count
            }
        }
        return CommentThread(entries: entries, topLevel: topLevel, mentions: mentions)
    }

    private func indexByID(_ comments: [Comment], file: SourceFile) throws(BuildFailure) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(comments.count)
        var diagnostics: [Diagnostic] = []
        for (offset, comment) in comments.enumerated() {
            if let first = index[comment.id] {
                let line = comments[first].location.line
                diagnostics.append(
                    diagnostic(
                        "comment id \(comment.id) is also used on line \(line); give each comment its own id",
                        at: comment.location, file
                    ))
            } else {
                index[comment.id] = offset
            }
        }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }
        return index
    }

    private func parentIndices(
        _ comments: [Comment],
        index: [String: Int],
        file: SourceFile
    ) throws(BuildFailure) -> [Int?] {
        var diagnostics: [Diagnostic] = []
        let parents: [Int?] = comments.map { comment in
            guard let parent = comment.parent else { return nil }
            let at = comment.parentLocation ?? comment.location
            guard let found = index[parent] else {
                diagnostics.append(
                    diagnostic(
                        "comment \(comment.id) replies to comment \(parent), which is not in this file; fix 'parent' or remove it",
                        at: at, file
                    ))
                return nil
            }
            if parent == comment.id {
                diagnostics.append(
                    diagnostic(
                        "comment \(comment.id) replies to itself; set 'parent' to the comment it answers, or remove it",
                        at: at, file
                    ))
                return nil
            }
            return comments[found].isMention ? nil : found
        }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }
        return parents
    }

    private func diagnostic(_ message: String, at location: SourceLocation, _ file: SourceFile) -> Diagnostic {
        file.diagnostic(message, line: location.line, column: location.column)
    }
}
