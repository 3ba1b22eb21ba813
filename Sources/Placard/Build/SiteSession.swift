import Synchronization

/// A site kept between builds, for `placard serve`: after a save, only what the changed files affect is rendered and
/// written.
///
/// - A post's own files (its folder: `index.md`, `updates/`, `comments.yml`, files beside them) re-render that post's
///   pages and feed; the index, tag pages, site feed and sitemap re-render too when what they show of the post
///   changed (title, dates, summary, tags, updates, feed entries, its list of pages).
/// - A template, `site.yml`, a standalone page, a static file or a post folder's creation as a plain file re-render
///   everything.
///
/// A rebuild that finds errors writes nothing, and the output keeps the last good site; the folders it could not
/// build are tried again with the next change, so a later save that fixes them brings the site up to date.
/// Calls may come from any thread; one waits while another runs.
public final class SiteSession: Sendable {
    /// Builds into the output folder.
    private let builder: SiteBuilder
    /// The last good build (`nil` until a build succeeds), and the source paths changed since then, rebuilt with the
    /// next change. Held for the whole of a build, so that builds never overlap.
    private let state = Mutex<(site: BuiltSite?, pending: Set<String>)>((nil, []))

    /// What to build.
    public var options: BuildOptions { builder.options }

    /// Creates a session; nothing is read until ``build()``.
    public init(_ options: BuildOptions, fileSystem: FileSystem = .disk) {
        builder = SiteBuilder(options, fileSystem: fileSystem)
    }

    /// Builds everything, on threads of its own (the task waits without holding a thread of the cooperative pool).
    /// - Throws: every error; nothing is written then.
    public func build() async throws(BuildFailure) -> BuildSummary {
        try await offThePool { () throws(BuildFailure) in try self.buildHere() }
    }

    /// Rebuilds after `changed` source paths (relative to the site folder, such as `content/posts/a/comments.yml`;
    /// edited, added and deleted files alike) were saved, on threads of its own.
    /// - Throws: every error the site now has; nothing is written then.
    public func rebuild(changed: Set<String>) async throws(BuildFailure) -> BuildSummary {
        try await offThePool { () throws(BuildFailure) in try self.rebuildHere(changed: changed) }
    }

    /// ``build()`` on the calling thread, for a caller that runs builds on a thread of its own (the dev server).
    package func buildHere() throws(BuildFailure) -> BuildSummary {
        try state.withLock { (state) throws(BuildFailure) in
            let summary = try builder.write(.site, site: &state.site, keepingEntries: true)
            state.pending = []
            return summary
        }
    }

    /// ``rebuild(changed:)`` on the calling thread.
    package func rebuildHere(changed: Set<String>) throws(BuildFailure) -> BuildSummary {
        try state.withLock { (state) throws(BuildFailure) in
            state.pending.formUnion(changed)
            let scope: SitePipeline.Scope = postFolders(state.pending).map { .posts($0) } ?? .site
            let summary = try builder.write(scope, site: &state.site, keepingEntries: true)
            state.pending = []
            return summary
        }
    }

    /// The post folders `changed` touches, or `nil` when a change needs a whole build.
    private func postFolders(_ changed: Set<String>) -> Set<String>? {
        var folders: Set<String> = []
        for path in changed {
            let parts = path.split(separator: "/", omittingEmptySubsequences: true)
            guard parts.count >= 3, parts[0] == "content", parts[1] == "posts", !parts[2].hasPrefix(".") else {
                return nil
            }
            let folder = "content/posts/" + parts[2]
            if builder.fileSystem.kind(options.source + "/" + folder) == .file { return nil }
            folders.insert(folder)
        }
        return folders
    }
}
