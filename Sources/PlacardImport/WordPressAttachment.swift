import Placard

/// What an import keeps of a WordPress attachment (an uploaded file): where its file and its page were, and the post
/// it belongs to.
struct WordPressAttachment: Sendable, Hashable {
    /// The attachment's post id.
    var id: String
    /// The post it was uploaded to; empty or `0` for none.
    var parent: String
    /// Its attachment page, `<link>`.
    var link: String
    /// Its file's URL, `<wp:attachment_url>`.
    var url: String
    /// Its file below `wp-content/uploads/` (`2018/05/photo.jpg`), from the `_wp_attached_file` meta; may be empty.
    var file: String
    /// Its title, the alternative text of a gallery's image.
    var title: String

    init(_ item: WordPressItem) {
        id = item["wp:post_id"]
        parent = item["wp:post_parent"]
        link = item["link"]
        url = item["wp:attachment_url"]
        file = item["_wp_attached_file"]
        title = PostHTML.plainText(item["title"])
    }

    /// Whether it belongs to a post.
    var hasParent: Bool { !parent.isEmpty && parent != "0" }

    /// The order WordPress made attachments in: by id as a number, then as text (for an id that is none), so that
    /// the order never depends on a dictionary's.
    static func inIDOrder(_ first: Self, _ second: Self) -> Bool {
        let (a, b) = (Int(first.id) ?? 0, Int(second.id) ?? 0)
        return a != b ? a < b : first.id < second.id
    }
}
