/// Where a build may read through a symbolic link: below the site folder, or below `content/` and `templates/`
/// wherever the site's owner pointed them; never into the output folder, and never to a hidden file or folder
/// (`.git`, `.env`).
///
/// A link that leads anywhere else (`content/static/passwd -> /etc/passwd`, `templates/assets -> /etc`, a post folder
/// linked to `/`) is an error at the link, and what it leads to is neither read nor walked.
public struct SourceBounds: Sendable {
    /// Why a link is refused.
    public enum Refusal: Sendable, Equatable {
        /// It leads out of the site's folders, to this real path.
        case outside(String)
        /// It leads into the output folder.
        case output
        /// It leads to a hidden file or folder, or into one: this path, relative to the site folder.
        case hidden(String)
    }

    /// The real paths of the site folder, `content/` and `templates/`.
    let roots: [String]
    /// The real path of the output folder, when it exists.
    let output: String?

    /// The bounds of the site in `root`, which builds into `output` (`<root>/public` when not given).
    public init(fileSystem: FileSystem = .disk, root: String, output: String? = nil) {
        var roots: [String] = []
        for folder in [root, root + "/content", root + "/templates"] {
            if let real = fileSystem.resolve(folder), !roots.contains(real) { roots.append(real) }
        }
        self.roots = roots
        self.output = fileSystem.resolve(output ?? root + "/public")
    }

    /// Whether a link's real target may be read; `nil` when it may.
    public func refusal(of real: String) -> Refusal? {
        if let output, Self.isInside(real, output) { return .output }
        // The longest root that holds the path decides which part of it must not be hidden.
        guard let root = roots.filter({ Self.isInside(real, $0) }).max(by: { $0.count < $1.count }) else {
            return .outside(real)
        }
        let relative = real.dropFirst(root.count).split(separator: "/")
        if relative.contains(where: { $0 != SourceNames.wellKnown[...] && SourceNames.isIgnored(String($0)) }) {
            return .hidden(relative.joined(separator: "/"))
        }
        return nil
    }

    /// Whether `path` is `folder` or below it.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        if folder == "/" { return true }
        return path == folder || (path.hasPrefix(folder) && path.utf8.dropFirst(folder.utf8.count).first == 0x2F)
    }
}
