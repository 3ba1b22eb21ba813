import Placard

/// A site that can be built once and then rebuilt after changes to its sources: the seam between the dev server
/// and `SiteSession`, so that tests can put a fake behind it.
///
/// Calls come from one thread at a time, never two at once.
protocol SiteRebuilding: Sendable {
    /// Builds everything.
    /// - Throws: every error found; nothing is written then.
    func build() throws(BuildFailure) -> SiteUpdate

    /// Re-renders what the changed source paths affect.
    /// - Parameter changed: paths relative to the site folder, such as `content/posts/x/index.md`; deleted and
    ///   added files included.
    /// - Throws: every error found; nothing is written then.
    func rebuild(changed: Set<String>) throws(BuildFailure) -> SiteUpdate
}

/// The real site: a `SiteSession` building into the server's own folder.
struct SessionRebuilder: SiteRebuilding {
    let session: SiteSession

    init(_ options: BuildOptions) {
        session = SiteSession(options)
    }

    func build() throws(BuildFailure) -> SiteUpdate {
        Self.update(try session.build())
    }

    func rebuild(changed: Set<String>) throws(BuildFailure) -> SiteUpdate {
        Self.update(try session.rebuild(changed: changed))
    }

    private static func update(_ change: SiteChange) -> SiteUpdate {
        SiteUpdate(
            changedFiles: change.changedFiles.sorted(),
            summary: change.summary.description,
            warnings: change.summary.warnings
        )
    }
}
