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

    /// The real paths of the site folder, `content/` and `templates/`, each with its path relative to the site
    /// folder ("", "content/", "templates/").
    let roots: [(real: String, prefix: String)]
    /// The real path of the output folder, when it exists.
    let output: String?

    /// The bounds of the site in `root`, which builds into `output` (`<root>/public` when not given).
    public init(fileSystem: FileSystem = .disk, root: String, output: String? = nil) {
        var roots: [(real: String, prefix: String)] = []
        for prefix in ["", "content/", "templates/"] {
            let folder = prefix.isEmpty ? root : root + "/" + prefix.dropLast()
            if let real = fileSystem.resolve(folder), !roots.contains(where: { $0.real == real }) {
                roots.append((real, prefix))
            }
        }
        self.roots = roots
        self.output = fileSystem.resolve(output ?? root + "/public")
    }

    /// Whether a link's real target may be read; `nil` when it may.
    public func refusal(of real: String) -> Refusal? {
        if let output, Self.isInside(real, output) { return .output }
        // The longest root that holds the path decides which part of it must not be hidden, by the loader's rule
        // (``SourceNames/isIgnored(path:)``: `.well-known` only in `content/static`).
        guard let root = roots.filter({ Self.isInside(real, $0.real) }).max(by: { $0.real.count < $1.real.count })
        else {
            return .outside(real)
        }
        let relative = root.prefix + real.dropFirst(root.real.count).split(separator: "/").joined(separator: "/")
        return SourceNames.isIgnored(path: relative) ? .hidden(relative) : nil
    }

    /// Whether `path` is `folder` or below it.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        if folder == "/" { return true }
        return path == folder || (path.hasPrefix(folder) && path.utf8.dropFirst(folder.utf8.count).first == 0x2F)
    }
}
