import Foundation
import Placard

/// What an import makes of the export, decided once it has been read whole and before any body is converted: which
/// staged items become posts and pages, their slugs and new addresses, and which old addresses (of items and of
/// attachments) lead where, for the aliases and for the links in bodies.
struct WordPressPlan: Sendable {
    /// A staged item that becomes a post or a page.
    struct Entry: Sendable {
        /// Its number in the staging folder.
        var number: Int
        var id: String
        var isPage: Bool
        var slug: String
        /// Its new address below the site's root: `posts/<slug>/` or `<slug>/`.
        var url: String
        /// Its `<link>` and `<guid>`: where it was.
        var link: String
        var guid: String
        /// The URLs its body loads or links to (``MediaScan``), for the media to bring.
        var references: [String]
        /// Its featured image, an attachment id (`_thumbnail_id`).
        var thumbnail: String
        /// Its `<wp:post_date>`, for the media a page uses (its year and month folder).
        var date: Date
    }

    /// The items imported, in export order.
    let entries: [Entry]
    /// The attachments, by id.
    let attachments: [String: WordPressAttachment]
    /// The old site.
    let site: WordPressSite
    /// The item or attachment each old address names: an entry's index in `entries`, or an attachment id.
    let addresses: [WordPressSite.Address: Target]

    /// What an old address names.
    enum Target: Sendable, Hashable {
        case entry(Int)
        case attachment(String)
    }

    /// Decides every staged item, counting the ones left out in `summary`.
    /// - Throws: a diagnostic when a staged item cannot be read.
    init(
        staging: WordPressStaging, channel: [String: String], options: ImportOptions, summary: inout ImportSummary
    ) throws(Diagnostic) {
        let attachments = staging.attachments
        let byID = Dictionary(attachments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = try Self.entries(staging, options, byID, &summary)
        let site = WordPressSite(
            channel: channel,
            links: entries.flatMap { [$0.link, $0.guid] } + attachments.flatMap { [$0.link, $0.url] })
        self.entries = entries
        self.attachments = byID
        self.site = site
        addresses = Self.addresses(entries, attachments, site)
    }

    /// The staged items that are imported, with their slugs, in export order.
    private static func entries(
        _ staging: WordPressStaging, _ options: ImportOptions, _ attachments: [String: WordPressAttachment],
        _ summary: inout ImportSummary
    ) throws(Diagnostic) -> [Entry] {
        var entries: [Entry] = []
        var slugs = Set<String>()
        for number in 0..<staging.count {
            let item = try staging.item(number, comments: false)
            let type = item["wp:post_type"].isEmpty ? "post" : item["wp:post_type"]
            let status = item["wp:status"].isEmpty ? "publish" : item["wp:status"]
            if let reason = WordPressStaging.exclusion(type: type, status: status, options: options) {
                summary.skip(reason)
                continue
            }
            guard let date = WordPressDates.postDate(item) else {
                summary.skip("undated \(type)")
                continue
            }
            let isPage = type == "page"
            let slug = unique(WordPressSlug.make(item), isPage: isPage, in: &slugs)
            entries.append(
                Entry(
                    number: number, id: item["wp:post_id"], isPage: isPage, slug: slug,
                    url: isPage ? slug + "/" : "posts/\(slug)/", link: item["link"], guid: item["guid"],
                    references: MediaScan.urls(in: body(item, attachments)),
                    thumbnail: item["_thumbnail_id"], date: date))
        }
        return entries
    }

    /// The item or attachment each old address names: ids, then permalinks and guids; the first one keeps an address.
    private static func addresses(
        _ entries: [Entry], _ attachments: [WordPressAttachment], _ site: WordPressSite
    ) -> [WordPressSite.Address: Target] {
        var addresses: [WordPressSite.Address: Target] = [:]
        func add(_ address: WordPressSite.Address, _ target: Target) {
            if address != .path(""), addresses[address] == nil { addresses[address] = target }
        }
        for (index, entry) in entries.enumerated() {
            if !entry.id.isEmpty { add(.id(entry.id), .entry(index)) }
            for link in [entry.link, entry.guid] {
                if let (address, _) = site.address(of: link) { add(address, .entry(index)) }
            }
        }
        for attachment in attachments {
            add(.id(attachment.id), .attachment(attachment.id))
            if let (address, _) = site.address(of: attachment.link) { add(address, .attachment(attachment.id)) }
        }
        return addresses
    }

    /// An item's HTML with its `[gallery]` shortcodes expanded (``WordPressGallery``).
    static func body(_ item: WordPressItem, _ attachments: [String: WordPressAttachment]) -> String {
        WordPressGallery.expand(
            item.fields["content:encoded"] ?? "", postID: item["wp:post_id"], attachments: attachments)
    }

    /// The index in `entries` of the imported post or page with this id.
    func index(id: String) -> Int? {
        guard case .entry(let index)? = addresses[.id(id)] else { return nil }
        return index
    }

    /// The imported post or page with this id.
    func entry(id: String) -> Entry? {
        index(id: id).map { entries[$0] }
    }

    /// `slug`, or `slug-2`, `slug-3` … when another post or page took it.
    static func unique(_ slug: String, isPage: Bool, in taken: inout Set<String>) -> String {
        let key = (isPage ? "page/" : "post/")
        var candidate = slug
        var number = 1
        while taken.contains(key + candidate) {
            number += 1
            candidate = "\(slug)-\(number)"
        }
        taken.insert(key + candidate)
        return candidate
    }
}
