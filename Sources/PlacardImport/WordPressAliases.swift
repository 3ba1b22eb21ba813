import Placard

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
        let (attached, unattached) = Self.attachments(plan, media)
        let site = plan.site
        let query = Self.relative(site.basePath, root: root)
        for (index, entry) in plan.entries.enumerated() {
            var written: [Written] = []
            func add(_ path: String?, file: String? = nil) {
                guard let path, let alias = try? Alias.parse(path), taken.insert(alias.display.lowercased()).inserted
                else { return }
                written.append(Written(path: alias.display, file: file))
            }
            for link in [entry.link, entry.guid] { add(Self.path(link, site: site, root: root)) }
            if !entry.id.isEmpty { add(query.map { $0 + (entry.isPage ? "?page_id=" : "?p=") + entry.id }) }
            for attachment in attached[index] ?? [] {
                if Self.namesAFile(attachment.link) {
                    // An export that gives the file's address as the attachment's page: it leads to the file, if any.
                    if let placement = media.placement(of: attachment), placement.folder == "posts/" + entry.slug {
                        add(Self.path(attachment.link, site: site, root: root), file: placement.name)
                    }
                } else {
                    add(Self.path(attachment.link, site: site, root: root))
                }
                add(query.map { $0 + "?attachment_id=" + attachment.id })
            }
            for (attachment, name) in unattached[index] ?? [] {
                add(Self.path(attachment.link, site: site, root: root), file: name)
                add(query.map { $0 + "?attachment_id=" + attachment.id }, file: name)
            }
            if !written.isEmpty { byEntry[index] = written }
        }
    }

    /// The attachments of each entry, and those without one whose file was brought into an entry's folder.
    private static func attachments(
        _ plan: WordPressPlan, _ media: MediaLibrary
    ) -> (attached: [Int: [WordPressAttachment]], unattached: [Int: [(WordPressAttachment, String)]]) {
        var attached: [Int: [WordPressAttachment]] = [:]
        var unattached: [Int: [(WordPressAttachment, String)]] = [:]
        var folders: [String: Int] = [:]
        for (index, entry) in plan.entries.enumerated() where !entry.isPage { folders["posts/" + entry.slug] = index }
        for attachment in plan.attachments.values.sorted(by: WordPressAttachment.inIDOrder) {
            if let index = plan.index(id: attachment.parent) {
                attached[index, default: []].append(attachment)
            } else if let placement = media.placement(of: attachment),
                let index = placement.folder.flatMap({ folders[$0] })
            {
                unattached[index, default: []].append((attachment, placement.name))
            }
        }
        return (attached, unattached)
    }

    /// Whether an address ends in a file name of a media type (`…/photo.jpg`), not in a page's.
    static func namesAFile(_ link: String) -> Bool {
        guard let last = WordPressSite.split(link)?.path.split(separator: "/").last else { return false }
        return MediaFile.Kind(fileName: last) != nil
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
