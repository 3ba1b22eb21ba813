import Synchronization

/// The paths a build writes, each claimed by one file: a static file, a post's file or a page that would land where
/// another file goes, or where another file needs a folder (a page `feed.xml.md` makes `feed.xml/`, beside the
/// site's `feed.xml` file), is an error at the content file to blame, not a file that alternates on every build.
/// Paths that differ only in case collide too: macOS and Windows keep one of them. Claims can be made from any thread.
final class OutputClaims: Sendable {
    private struct Claim {
        var path: String
        var source: String?
        var isCopy: Bool

        /// Whom to blame first when two clash: a copied file of the content, then one of the theme, then a page or
        /// post, then the build's own files.
        var blame: Int {
            guard let source else { return 0 }
            guard isCopy else { return 1 }
            return source.hasPrefix("templates/") ? 2 : 3
        }
    }

    private struct State {
        /// Files, by lower-cased path.
        var files: [String: Claim] = [:]
        /// Folders that files need, by lower-cased path, with one file below each.
        var folders: [String: Claim] = [:]
    }

    private let state = Mutex(State())

    /// Claims the file's path.
    /// - Returns: an error at the content file to blame when another file has the path, or a path that clashes; nil
    ///   when the path is the file's now. Two posts whose slugs clash are reported by the loader
    ///   (``SiteIndex/duplicateSlugs(_:)``), once per post rather than once per file: their files are refused without
    ///   an error of their own (`refusedQuietly`).
    func claim(_ file: OutputFile) -> Diagnostic? {
        claimOrRefuse(file).error
    }

    /// Claims the file's path; whether it was refused, and the error to report for it.
    func claimOrRefuse(_ file: OutputFile) -> (refused: Bool, error: Diagnostic?) {
        var isCopy = false
        if case .copy = file.contents { isCopy = true }
        let claim = Claim(path: file.path, source: file.source, isCopy: isCopy)
        let key = file.path.lowercased()
        let parts = key.split(separator: "/")
        let folders = parts.indices.dropLast().map { parts[...$0].joined(separator: "/") }
        let other = state.withLock { state -> (Claim, Bool)? in
            if let other = state.files[key] { return (other, false) }
            if let other = state.folders[key] { return (other, true) }
            if let folder = folders.first(where: { state.files[$0] != nil }), let other = state.files[folder] {
                return (other, true)
            }
            state.files[key] = claim
            for folder in folders where state.folders[folder] == nil { state.folders[folder] = claim }
            return nil
        }
        guard let (other, sameFolder) = other else { return (false, nil) }
        if Self.isPost(claim), Self.isPost(other), claim.source != other.source { return (true, nil) }
        return (true, Self.collision(claim, other, sameFolder: sameFolder))
    }

    /// Whether a file is one a post renders (its pages and feed).
    private static func isPost(_ claim: Claim) -> Bool {
        guard !claim.isCopy, let source = claim.source else { return false }
        guard source.hasPrefix("content/posts/"), let name = source.split(separator: "/").last else { return false }
        return name.hasPrefix("index.") && name.hasSuffix(".md")
    }

    /// The error for two files whose paths clash, at the one a person should rename (``Claim/blame``; the later one of
    /// two alike).
    private static func collision(_ new: Claim, _ other: Claim, sameFolder: Bool) -> Diagnostic {
        let (blamed, kept) = new.blame >= other.blame ? (new, other) : (other, new)
        let what = kept.source.map { "what \($0) makes" } ?? "a file the build makes of its own"
        let clash: String
        if sameFolder {
            clash =
                "\(blamed.path) and \(kept.path) (\(what)) cannot both be written: one needs the other's name as a folder"
        } else if blamed.path == kept.path {
            clash = "it would be published as \(blamed.path), which is \(what)"
        } else {
            clash =
                "it would be published as \(blamed.path), which differs only in case from \(kept.path) (\(what)); "
                + "macOS and Windows would keep one of them"
        }
        return Diagnostic(
            "\(clash); rename or move it", at: blamed.source.map { SourceLocation(path: $0, line: 1) })
    }
}
