/// Where a build's files go as they are rendered: the output folder (``OutputTransaction``), or memory for
/// `placard check` (``OutputCollection``). Files are added from any thread; a run ends with one commit or abandon.
package protocol OutputSink: Sendable {
    /// Takes one file.
    /// - Throws: a diagnostic naming the file that could not be taken, and why; or the content file whose output path
    ///   another file has already (``OutputClaims``).
    func add(_ file: OutputFile) throws(BuildFailure)

    /// Makes the files added the output.
    /// - Parameter stale: files of the last build to remove unless added again; `nil` for a build of the whole site,
    ///   whose output is then the files added and nothing else.
    func commit(removingStale stale: Set<String>?) throws(BuildFailure) -> OutputReport

    /// Drops the files added.
    func abandon()
}

extension OutputTransaction: OutputSink {
    func commit(removingStale stale: Set<String>?) throws(BuildFailure) -> OutputReport {
        guard let stale else { return try commit(keepingOnly: made) }
        return try commit(removing: stale.subtracting(made).sorted())
    }
}
