/// Which names in a site's folders are its content: the one rule the loader, the output's cleaning and the dev
/// server's watcher share.
///
/// A name is never content when it is hidden (it starts with `.`: `.env`, `.git`, `.DS_Store`, Vim's `.x.swp`,
/// Emacs's `.#x`, GNOME's `.goutputstream-…`) or when an editor or a desktop leaves it behind: backups (`x~`),
/// Emacs's autosaves (`#x#`), Vim's write test `4913` and swap files, Kate's `x.kate-swp`, JetBrains'
/// `x___jb_tmp___` and `x___jb_old___`, Windows's `Thumbs.db` and `desktop.ini`. Such files are not read, not
/// published, not reported by the watcher, and never removed from the output folder.
///
/// One hidden folder is published: `content/static/.well-known/` (RFC 8615: security.txt, domain verification),
/// which becomes the output's `.well-known/`. Hidden and editor files inside it are still left out.
public enum SourceNames {
    /// The hidden folder that `content/static` may hold and the output folder gets.
    public static let wellKnown = ".well-known"

    /// Whether a file or folder name is never content.
    public static func isIgnored(_ name: String) -> Bool {
        guard let first = name.utf8.first else { return true }
        if first == UInt8(ascii: ".") || name.hasSuffix("~") || name == "4913" { return true }
        if first == UInt8(ascii: "#"), name.utf8.count > 1, name.hasSuffix("#") { return true }
        if name == "Thumbs.db" || name == "desktop.ini" { return true }
        for suffix in [".kate-swp", "___jb_tmp___", "___jb_old___", ".swp", ".swpx", ".swx"]
        where name.hasSuffix(suffix) {
            return true
        }
        return false
    }

    /// Whether a name in a folder of the site (relative to the site folder: `content/static`) is never content:
    /// `isIgnored` decides, except that `.well-known` is content in `content/static`.
    public static func isIgnored(_ name: String, in folder: String) -> Bool {
        !isContent(name, allowsWellKnown: folder == wellKnownParent)
    }

    /// Whether a path relative to the site folder (`content/static/.env`, `templates/post.mustache~`) names something
    /// that is not content, or lies inside such a folder.
    public static func isIgnored(path: String) -> Bool {
        var folder = ""
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if isIgnored(String(part), in: folder) { return true }
            folder += folder.isEmpty ? String(part) : "/" + part
        }
        return false
    }

    /// The folder, relative to the site folder, whose `.well-known` is published.
    static let wellKnownParent = "content/static"

    /// Where `.well-known` is content in a walk below `folder` (relative to the site folder): the path of
    /// `content/static` relative to `folder` ("" when it is `folder` itself), or `nil` when the walk never reaches it.
    static func wellKnownParent(below folder: String) -> String? {
        if folder == wellKnownParent { return "" }
        guard wellKnownParent.hasPrefix(folder + "/") else { return nil }
        return String(wellKnownParent.dropFirst(folder.count + 1))
    }

    /// Whether a name in a folder is content there: `isIgnored` decides, except that `.well-known` is content where
    /// the folder is `content/static` or the top of the output folder (`allowsWellKnown`).
    static func isContent(_ name: String, allowsWellKnown: Bool) -> Bool {
        !isIgnored(name) || (allowsWellKnown && name == wellKnown)
    }
}
