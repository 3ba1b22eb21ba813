/// The site as its lists see it, assembled from the posts that built: every post's digest and diagnostics by folder,
/// the order every list shows, the slugs two posts share, the tags and the pages of each list.
///
/// A build fills it once; `placard serve` keeps it and replaces the digests of the posts a save touched.
struct SiteIndex: Sendable {
    /// Every post that built, by folder (`content/posts/a`).
    var digests: [String: PostDigest] = [:]
    /// Every post folder's diagnostics, by folder: its warnings, or the errors that kept it from building.
    var diagnostics: [String: [Diagnostic]] = [:]

    /// The posts that built, in the order every list shows them (``newestFirst(_:)``).
    var posts: [Post] { Self.newestFirst(digests.values.map(\.post)) }

    /// Every folder's diagnostics, in folder order.
    var allDiagnostics: [Diagnostic] { diagnostics.keys.sorted().flatMap { diagnostics[$0] ?? [] } }

    /// Every error the site has, with `others` (from pages, static files and settings) and the slugs that two posts
    /// share; `nil` when there is none.
    func errors(with others: [Diagnostic]) -> [Diagnostic]? {
        // Most rebuilds have no error: found without sorting every folder's warnings and slugs first.
        var folderBySlug: [String: String] = [:]
        folderBySlug.reserveCapacity(digests.count)
        // By lower-cased slug: slugs that differ only in case clash too (``duplicateSlugs(_:)``).
        let sharedSlug = digests.contains { folder, digest in
            folderBySlug.updateValue(folder, forKey: digest.post.slug.lowercased()) != nil
        }
        guard sharedSlug || others.hasErrors || diagnostics.values.contains(where: \.hasErrors) else { return nil }
        let folders = diagnostics.keys.sorted()
        let all =
            others + folders.flatMap { diagnostics[$0] ?? [] }
            + Self.duplicateSlugs(folders.compactMap { folder in digests[folder].map { ($0.post.slug, folder) } })
        return all.hasErrors ? all : nil
    }

    /// Posts in the order every list shows them: newest first, then by slug.
    static func newestFirst(_ posts: [Post]) -> [Post] {
        posts.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
    }

    /// An error for each post whose slug an earlier folder (in name order) already uses, or a slug that differs from
    /// it only in case (macOS and Windows would write both posts into one folder).
    /// - Parameter posts: each post's slug and folder, in folder name order.
    static func duplicateSlugs(_ posts: [(slug: String, folder: String)]) -> [Diagnostic] {
        var bySlug: [String: (slug: String, folder: String)] = [:]
        var diagnostics: [Diagnostic] = []
        for (slug, folder) in posts {
            let key = slug.lowercased()
            if let other = bySlug[key] {
                let message =
                    other.slug == slug
                    ? "the slug '\(slug)' is also used by \(other.folder)/index.md; give one of them another 'slug'"
                    : "the slug '\(slug)' differs only in case from '\(other.slug)' of \(other.folder)/index.md, and "
                        + "macOS and Windows would write both into one folder; give one of them another 'slug'"
                diagnostics.append(Diagnostic(message, at: SourceLocation(path: folder + "/index.md", line: 1)))
            }
            bySlug[key] = (slug, folder)
        }
        return diagnostics
    }
}
