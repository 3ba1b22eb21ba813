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

    /// Whether a path relative to the site folder (`content/static/.env`, `templates/post.mustache~`) names something
    /// that is not content, or lies inside such a folder.
    public static func isIgnored(path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        for (index, part) in parts.enumerated() where isIgnored(String(part)) {
            let publishedFolder = index == 2 && part == wellKnown && parts[0] == "content" && parts[1] == "static"
            if !publishedFolder { return true }
        }
        return false
    }

    /// Whether a name at the top of a folder is content there: `isIgnored` decides, except that `.well-known` is
    /// content at the top of `content/static` and of the output folder (`allowsWellKnown`).
    static func isContent(_ name: String, allowsWellKnown: Bool) -> Bool {
        !isIgnored(name) || (allowsWellKnown && name == wellKnown)
    }
}
