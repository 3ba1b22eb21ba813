/// The old addresses each imported post or page keeps as front matter `aliases:`: its permalink (`<link>`), its
/// `?p=ID` (a page's `?page_id=ID`), and the attachment pages of its attachments (their `<link>` and
/// `?attachment_id=ID`), which lead to the post; an attachment without a post, whose file the post uses, leads to that
/// file instead (an alias with `file:`).
///
/// Only addresses below the new site's root are kept, each once in the whole import, and never one that is the
/// address of an imported post or page itself.
struct WordPressAliases {
    /// One alias as front matter writes it.
    struct Written: Sendable, Hashable {
        var path: String
        var file: String?
    }

    /// The aliases of each entry, by its index in the plan's entries.
    private(set) var byEntry: [Int: [Written]] = [:]

    init(plan: WordPressPlan, media: MediaLibrary, root: String) {
        var taken = Set(plan.entries.map { ("/" + $0.url).lowercased() })
        var attachmentsByParent: [Int: [WordPressAttachment]] = [:]
        var unattached: [Int: [(WordPressAttachment, String)]] = [:]
        for attachment in plan.attachments.values.sorted(by: { Int($0.id) ?? 0 < Int($1.id) ?? 0 }) {
            if let index = plan.index(id: attachment.parent) {
                attachmentsByParent[index, default: []].append(attachment)
            } else if let placement = media.placement(of: attachment), let folder = placement.folder,
                let index = plan.entries.firstIndex(where: { "posts/" + $0.slug == folder })
            {
                unattached[index, default: []].append((attachment, placement.name))
            }
        }
        let site = plan.site
        for (index, entry) in plan.entries.enumerated() {
            var written: [Written] = []
            func add(_ path: String?, file: String? = nil) {
                guard let path, let alias = try? Alias.parse(path), taken.insert(alias.display.lowercased()).inserted
                else { return }
                written.append(Written(path: alias.display, file: file))
            }
            for link in [entry.link, entry.guid] { add(Self.path(link, site: site, root: root)) }
            if !entry.id.isEmpty {
                add(
                    Self.relative(site.basePath, root: root).map {
                        $0 + (entry.isPage ? "?page_id=" : "?p=") + entry.id
                    })
            }
            for attachment in attachmentsByParent[index] ?? [] {
                add(Self.path(attachment.link, site: site, root: root))
                add(Self.relative(site.basePath, root: root).map { $0 + "?attachment_id=" + attachment.id })
            }
            for (attachment, name) in unattached[index] ?? [] {
                add(Self.path(attachment.link, site: site, root: root), file: name)
                add(Self.relative(site.basePath, root: root).map { $0 + "?attachment_id=" + attachment.id }, file: name)
            }
            if !written.isEmpty { byEntry[index] = written }
        }
    }

    /// An old address as an alias of the new site: its path (and an id parameter), from the new site's root.
    static func path(_ link: String, site: WordPressSite, root: String) -> String? {
        guard let parts = WordPressSite.split(link), parts.host.map(site.hosts.contains) ?? false else { return nil }
        guard let path = relative(parts.path, root: root) else { return nil }
        for item in parts.query.split(separator: "&") {
            let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2, WordPressSite.idParameters.contains(pair[0]) {
                return path + "?" + pair[0] + "=" + pair[1]
            }
        }
        return path
    }

    /// A path of the old site from the new site's root (`/campaign/`), or nil when it is outside it.
    static func relative(_ path: String, root: String) -> String? {
        guard root != "/" else { return path }
        let folder = String(root.dropLast())
        guard path == folder || path.hasPrefix(root) else { return nil }
        return "/" + path.dropFirst(root.count)
    }
}
