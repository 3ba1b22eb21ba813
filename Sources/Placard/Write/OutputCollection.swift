import Synchronization

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
