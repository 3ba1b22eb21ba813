/// What a committed build changed.
package struct OutputReport: Sendable {
    /// Files moved into the output, and files removed, below the output folder, sorted.
    var changed: [String] = []
    var written = 0
    var unchanged = 0
    var removed = 0
}
