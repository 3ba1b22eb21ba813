import Synchronization

/// Files kept in memory, each path claimed as a build into the output folder claims it.
package final class OutputCollection: OutputSink {
    private let files = Mutex<[OutputFile]>([])
    private let taken = Mutex(0)
    private let claims = OutputClaims()
    private let keepsFiles: Bool

    /// An empty collection.
    /// - Parameter keepsFiles: whether the files' bytes are kept (`check` reads them); without, only their paths are
    ///   claimed, for a run that wants the built site and its errors (`translations`), and memory stays flat.
    package init(keepsFiles: Bool = true) {
        self.keepsFiles = keepsFiles
    }

    package func add(_ file: OutputFile) throws(BuildFailure) {
        let claim = claims.claimOrRefuse(file)
        if let error = claim.error { throw BuildFailure([error]) }
        if claim.refused { return }
        taken.withLock { $0 += 1 }
        if keepsFiles { files.withLock { $0.append(file) } }
    }

    package func commit(removingStale stale: Set<String>?) -> OutputReport {
        OutputReport(written: taken.withLock { $0 })
    }

    package func abandon() { files.withLock { $0 = [] } }

    /// Every file taken, by path.
    package var sorted: [OutputFile] { files.withLock { $0 }.sorted { $0.path < $1.path } }
}
