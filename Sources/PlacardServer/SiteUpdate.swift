public import Placard

/// What one successful build or rebuild of the dev server's site did.
public struct SiteUpdate: Sendable {
    /// Output-relative paths written or removed, such as `posts/x/index.html`, sorted.
    public var changedFiles: [String]
    /// The one-line summary, as `placard build` prints it.
    public var summary: String
    /// The content's warnings.
    public var warnings: [Diagnostic]

    /// Creates an update.
    public init(changedFiles: [String], summary: String, warnings: [Diagnostic] = []) {
        self.changedFiles = changedFiles
        self.summary = summary
        self.warnings = warnings
    }
}
