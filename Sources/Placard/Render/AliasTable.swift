/// Every alias of the site with where it leads, checked against each other and against the files the build writes.
struct AliasTable: Sendable {
    /// One alias and its target.
    struct Entry: Sendable {
        var alias: Alias
        /// The target's URL below the site's root: `posts/a/`, `posts/a/updates/2018-05-29/`, `about/`,
        /// `posts/a/report.pdf`.
        var target: String
        /// The target's title, for the redirect page's link.
        var title: String
        /// The content file that gives the alias, for errors.
        var source: String
    }

    /// The entries, in the order of their files and lines.
    let entries: [Entry]

    /// The aliases of `posts` (and their updates) and of `pages`.
    init(posts: [Post], pages: [Page], urls: URLs) {
        var entries: [Entry] = []
        for post in posts {
            let source = post.folder + "/index.md"
            for alias in post.aliases {
                let target = urls.post(post) + (alias.file ?? "")
                entries.append(Entry(alias: alias, target: target, title: alias.file ?? post.title, source: source))
            }
            for update in post.updates {
                for alias in update.aliases {
                    let source = update.body.path
                    entries.append(
                        Entry(alias: alias, target: urls.update(update, of: post), title: update.title, source: source))
                }
            }
        }
        for page in pages {
            for alias in page.aliases {
                entries.append(Entry(alias: alias, target: urls.page(page), title: page.title, source: page.body.path))
            }
        }
        func order(_ entry: Entry) -> (String, Int, Int, String) {
            let at = entry.alias.location
            return (at?.path ?? entry.source, at?.line ?? 0, at?.column ?? 0, entry.alias.display)
        }
        self.entries = entries.sorted { order($0) < order($1) }
    }

    /// The files the build makes that an alias's redirect page could collide with, noted as they are made: those at
    /// a page's path or at a folder above it, compared without case. Only these are kept, so a site of many files
    /// keeps few, and a site without a redirect page none.
    struct Watch: Sendable {
        /// The paths watched, lower-cased.
        private let keys: Set<String>
        /// The files noted, by path below the output folder, each with the content file it comes from.
        private(set) var made: [String: String?] = [:]

        init(_ table: AliasTable) {
            var keys: Set<String> = []
            for entry in table.entries {
                guard let page = entry.alias.pageFile?.lowercased() else { continue }
                keys.insert(page)
                let parts = page.split(separator: "/")
                for end in parts.indices.dropLast() { keys.insert(parts[...end].joined(separator: "/")) }
            }
            self.keys = keys
        }

        /// Whether any file needs noting.
        var isWatching: Bool { !keys.isEmpty }

        /// Notes a file the build makes, when an alias's page could collide with it.
        mutating func note(_ path: String, source: String?) {
            if keys.contains(path.lowercased()) { made[path] = source }
        }
    }

    /// Errors for aliases that another alias has too, or whose redirect page would be written where the build writes
    /// another file (or needs it as a folder); each names the alias's line and the other file.
    /// - Parameter made: the files the build writes besides redirect pages (at least those a ``Watch`` keeps), by path
    ///   below the output folder, each with the content file it comes from (nil for the build's own files: lists,
    ///   feeds, the sitemap).
    func collisions(with made: [String: String?]) -> [Diagnostic] {
        var madeByKey: [String: (path: String, source: String?)] = [:]
        for (path, source) in made { madeByKey[path.lowercased()] = (path, source) }
        var seen: [String: Entry] = [:]
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            let alias = entry.alias
            if let other = seen[alias.key] {
                let message =
                    other.source == entry.source
                    ? "the alias \(alias.display) is given twice; keep one of them"
                    : "the alias \(alias.display) is also an alias of \(other.source); keep it in one of them"
                diagnostics.append(alias.error(message))
                continue
            }
            seen[alias.key] = entry
            if let page = alias.pageFile, let clash = Self.clash(page, madeByKey) {
                diagnostics.append(alias.error(Self.message(alias, entry, clash)))
            }
        }
        return diagnostics
    }

    /// The made file at `page`, or at one of the folders above it.
    private static func clash(
        _ page: String, _ made: [String: (path: String, source: String?)]
    ) -> (path: String, source: String?, isFolder: Bool)? {
        let key = page.lowercased()
        if let file = made[key] { return (file.path, file.source, false) }
        let parts = key.split(separator: "/")
        for end in parts.indices.dropLast() {
            if let file = made[parts[...end].joined(separator: "/")] { return (file.path, file.source, true) }
        }
        return nil
    }

    private static func message(
        _ alias: Alias, _ entry: Entry, _ clash: (path: String, source: String?, isFolder: Bool)
    ) -> String {
        let shown = "the alias \(alias.display)"
        if clash.source == entry.source, !clash.isFolder {
            return "\(shown) is the address of the page itself; remove it"
        }
        let whose = clash.source.map { "from \($0)" } ?? "of its own"
        if clash.isFolder {
            return
                "\(shown) needs \(clash.path) as a folder, but the build writes it as a file \(whose); remove the alias"
        }
        return "\(shown) is the address of \(clash.path), which the build writes \(whose); remove the alias"
    }
}
