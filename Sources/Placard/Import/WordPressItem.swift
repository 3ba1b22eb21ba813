import Foundation

/// One `<item>` of a WordPress export, as read: only the fields the importer uses.
struct WordPressItem: Sendable {
    var fields: [String: String] = [:]
    var tags: [String] = []
    var comments: [WordPressComment] = []

    subscript(_ name: String) -> String {
        fields[name, default: ""].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Adds what a duplicated `<item>` of the same post holds: fields it lacks, tags and comments it has not.
    mutating func merge(_ other: WordPressItem) {
        for (key, value) in other.fields where self[key].isEmpty { fields[key] = value }
        for tag in other.tags where !tags.contains(tag) { tags.append(tag) }
        let known = Set(comments.map { $0["comment_id"] })
        comments += other.comments.filter { !known.contains($0["comment_id"]) }
    }
}

/// One `<wp:comment>`. The reader never stores `comment_author_email` or `comment_author_IP`.
struct WordPressComment: Sendable {
    var fields: [String: String] = [:]

    subscript(_ name: String) -> String {
        fields[name, default: ""].trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Reads a WordPress export (WXR 1.0, 1.1 or 1.2) item by item.
final class WordPressReader: XMLStreamHandler {
    private(set) var items: [WordPressItem] = []
    /// `wp:author_login` → `wp:author_id`, from the channel's `<wp:author>` entries.
    private(set) var authorIDs: [String: String] = [:]
    private var item: WordPressItem?
    private var comment: WordPressComment?
    private var author: [String: String]?
    private var categoryDomain: String?
    private static let skipped: Set<String> = ["comment_author_email", "comment_author_IP", "comment_author_ip"]

    func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "item": item = WordPressItem()
        case "wp:comment": comment = WordPressComment()
        case "wp:author": author = [:]
        case "category": categoryDomain = attributes["domain"]
        default: break
        }
    }

    func end(_ name: String, text: String) {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        if let current = comment {
            if name == "wp:comment" {
                item?.comments.append(current)
                comment = nil
            } else if !Self.skipped.contains(local) {
                comment?.fields[local] = text
            }
        } else if name == "item", let current = item {
            items.append(current)
            item = nil
        } else if item != nil {
            endItemField(name, text)
        } else if name == "wp:author", let entry = author {
            if let login = entry["author_login"], let id = entry["author_id"] { authorIDs[login] = id }
            author = nil
        } else if author != nil {
            author?[local] = text.trimmingCharacters(in: .whitespacesAndNewlines)
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
        } else if name.hasPrefix("wp:postmeta") || name == "wp:meta_key" || name == "wp:meta_value" {
            return
        } else {
            item?.fields[name] = text
        }
    }
}
