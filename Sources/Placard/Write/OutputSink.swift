import Synchronization

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

/// What a committed build changed.
package struct OutputReport: Sendable {
    /// Files moved into the output, and files removed, below the output folder, sorted.
    var changed: [String] = []
    var written = 0
    var unchanged = 0
    var removed = 0
}

/// Files kept in memory, each path claimed as a build into the output folder claims it.
package final class OutputCollection: OutputSink {
    private let files = Mutex<[OutputFile]>([])
    private let claims = OutputClaims()

    /// An empty collection.
    package init() {}

    package func add(_ file: OutputFile) throws(BuildFailure) {
        let claim = claims.claimOrRefuse(file)
        if let error = claim.error { throw BuildFailure([error]) }
        if claim.refused { return }
        files.withLock { $0.append(file) }
    }

    package func commit(removingStale stale: Set<String>?) -> OutputReport {
        OutputReport(written: files.withLock { $0.count })
    }

    package func abandon() { files.withLock { $0 = [] } }

    /// Every file taken, by path.
    package var sorted: [OutputFile] { files.withLock { $0 }.sorted { $0.path < $1.path } }
}

extension OutputTransaction: OutputSink {
    func commit(removingStale stale: Set<String>?) throws(BuildFailure) -> OutputReport {
        guard let stale else { return try commit(keepingOnly: made) }
        return try commit(removing: stale.subtracting(made).sorted())
    }
}
