import Foundation
import Placard

/// Reads a WordPress export (WXR 1.0, 1.1 or 1.2) item by item, handing each finished item to `WordPressStaging`.
///
/// In memory at any time: the channel's authors, the item being read (its fields and one record per comment) and
/// the comment being read. Used by one import on one thread.
final class WordPressReader: XMLStreamHandler {
    /// `wp:author_login` → `wp:author_id`, from the channel's `<wp:author>` entries.
    private(set) var authorIDs: [String: String] = [:]
    /// The channel's `<link>`, `<wp:base_site_url>` and `<wp:base_blog_url>`: where the old site was.
    private(set) var channel: [String: String] = [:]
    /// The post meta the importer uses: an attachment's file below `wp-content/uploads/`, a post's featured image.
    static let metaKeys: Set = ["_wp_attached_file", "_thumbnail_id"]
    private var metaKey: String?
    let tails: StagedCommentLines
    let staging: WordPressStaging
    private var item: WordPressItem?
    private var comment: [String: String]?
    private var author: [String: String]?
    private var categoryDomain: String?
    /// The `<wp:comment>` fields read, by element name; e-mail and IP addresses are not among them.
    private static let commentFields: [String: String] = Dictionary(
        uniqueKeysWithValues: [
            "comment_id", "comment_parent", "comment_approved", "comment_user_id", "comment_type", "comment_author",
            "comment_author_url", "comment_content", "comment_date_gmt", "comment_date",
        ].map { ("wp:" + $0, $0) })

    init(tails: StagedCommentLines, staging: WordPressStaging) {
        self.tails = tails
        self.staging = staging
    }

    func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "item": item = WordPressItem()
        case "wp:comment": comment = [:]
        case "wp:author": author = [:]
        case "category": categoryDomain = attributes["domain"]
        default: break
        }
    }

    func end(_ name: String, text: String) throws(Diagnostic) {
        if let current = comment {
            if name == "wp:comment" {
                let exported = ExportComment(wordPress: current)
                item?.records.append(try exported.staged(in: tails))
                item?.note(exported)
                comment = nil
            } else if let field = Self.commentFields[name] {
                comment?[field] = text
            }
        } else if name == "item", let current = item {
            item = nil
            try staging.add(current)
        } else if item != nil {
            endItemField(name, text)
        } else if name == "wp:author", let entry = author {
            if let login = entry["author_login"], let id = entry["author_id"] { authorIDs[login] = id }
            author = nil
        } else if author != nil, name == "wp:author_login" || name == "wp:author_id" {
            author?[String(name.dropFirst(3))] = text.trimmingCharacters(in: .whitespacesAndNewlines)
        } else if ["link", "wp:base_site_url", "wp:base_blog_url"].contains(name), channel[name] == nil {
            channel[name] = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    private func endItemField(_ name: String, _ text: String) {
        if name == "category" {
            let tag = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if categoryDomain == "category" || categoryDomain == "post_tag", !tag.isEmpty, tag != "Uncategorized",
                item?.tags.contains(tag) == false
            {
                item?.tags.append(tag)
            }
        } else if name == "wp:meta_key" {
            metaKey = text.trimmingCharacters(in: .whitespacesAndNewlines)
        } else if name == "wp:meta_value" {
            if let key = metaKey, Self.metaKeys.contains(key) { item?.fields[key] = text }
            metaKey = nil
        } else if name.hasPrefix("wp:postmeta") {
            return
        } else {
            item?.fields[name] = text
        }
    }
}
