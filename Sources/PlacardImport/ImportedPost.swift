import Foundation
import Placard

/// A post or page ready to be written in Placard's content format; its comments are staged apart.
struct ImportedPost: Sendable {
    var slug: String
    var title: String
    var date: Date
    var summary: String?
    var tags: [String] = []
    var draft = false
    var originalCommentCount: Int?
    var body: String
    /// Whether the post becomes a page (`content/pages/<slug>.md`).
    var isPage = false
    /// Its old addresses, as front matter `aliases:` writes them.
    var aliases: [WordPressAliases.Written] = []
    /// Its featured image, a file beside the post.
    var image: String?
}
