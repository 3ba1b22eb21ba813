/// What a committed build changed.
package struct OutputReport: Sendable {
    /// Files moved into the output, and files removed, below the output folder, sorted.
    var changed: [String] = []
    var written = 0
    var unchanged = 0
    var removed = 0
    /// What the commit could not finish: stale files or links it could not remove, a folder it could not list, a
    /// marker it could not write. The build itself succeeded; the warnings say what is left over and where.
    var warnings: [Diagnostic] = []
}
