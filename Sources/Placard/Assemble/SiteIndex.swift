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

    /// Every error the site has, with `others` (from pages, static files and settings) and the slugs that two posts
    /// share; `nil` when there is none.
    func errors(with others: [Diagnostic]) -> [Diagnostic]? {
        // Most rebuilds have no error: found without sorting every folder's warnings and slugs first.
        var folderBySlug: [String: String] = [:]
        folderBySlug.reserveCapacity(digests.count)
        // By language and lower-cased slug: slugs that differ only in case clash too (``duplicateSlugs(_:)``).
        let sharedSlug = digests.contains { folder, digest in
            digest.post.slugClaims.contains { claim in
                folderBySlug.updateValue(folder, forKey: claim.language + "/" + claim.slug.lowercased()) != nil
            }
        }
        guard sharedSlug || others.hasErrors || diagnostics.values.contains(where: \.hasErrors) else { return nil }
        let folders = diagnostics.keys.sorted()
        let all =
            others + folders.flatMap { diagnostics[$0] ?? [] }
            + Self.duplicateSlugs(folders.compactMap { digests[$0]?.post })
        return all.hasErrors ? all : nil
    }

    /// Posts in the order every list shows them: newest first, then by slug.
    static func newestFirst(_ posts: [Post]) -> [Post] {
        posts.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
    }

    /// An error for each post or translation whose slug an earlier folder (in name order) already uses in the same
    /// language, or a slug that differs from it only in case (macOS and Windows would write both posts into one
    /// folder).
    /// - Parameter posts: the posts, in folder name order.
    static func duplicateSlugs(_ posts: [Post]) -> [Diagnostic] {
        var bySlug: [String: SlugClaim] = [:]
        var diagnostics: [Diagnostic] = []
        for claim in posts.flatMap(\.slugClaims) {
            let key = claim.language + "/" + claim.slug.lowercased()
            if let other = bySlug[key] {
                let message =
                    other.slug == claim.slug
                    ? "the slug '\(claim.slug)' is also used by \(other.file); give one of them another 'slug'"
                    : "the slug '\(claim.slug)' differs only in case from '\(other.slug)' of \(other.file), and "
                        + "macOS and Windows would write both into one folder; give one of them another 'slug'"
                diagnostics.append(Diagnostic(message, at: SourceLocation(path: claim.file, line: 1)))
            }
            bySlug[key] = claim
        }
        return diagnostics
    }
}
