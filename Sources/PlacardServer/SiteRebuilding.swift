import Placard

/// A site that can be built once and then rebuilt after changes to its sources: the seam between the dev server
/// and `SiteSession`, so that tests can put a fake behind it.
///
/// Calls come from one thread at a time, never two at once.
protocol SiteRebuilding: Sendable {
    /// Builds everything.
    /// - Throws: every error found; nothing is written then.
    func build() throws(BuildFailure) -> BuildSummary

    /// Re-renders what the changed source paths affect.
    /// - Parameter changed: paths relative to the site folder, such as `content/posts/x/index.md`; deleted and
    ///   added files included.
    /// - Throws: every error found; nothing is written then.
    func rebuild(changed: Set<String>) throws(BuildFailure) -> BuildSummary
}

extension SiteSession: SiteRebuilding {
    func build() throws(BuildFailure) -> BuildSummary { try buildHere() }
    func rebuild(changed: Set<String>) throws(BuildFailure) -> BuildSummary { try rebuildHere(changed: changed) }
}
