import Foundation

/// One Atom entry: a post, or one of its dated updates, so that a subscriber's reader shows each update as new.
struct FeedEntry: Sendable, Equatable {
    /// A tag URI that never changes: `tag:example.org,2018-05-24:posts/a/updates/2018-05-29`.
    var id: String
    /// "#WhereAreTheChildren: How to Help", or "Update, June 15: … — #WhereAreTheChildren: How to Help".
    var title: String
    /// The entry's own page, absolute.
    var url: String
    /// When it was published.
    var published: Date
    /// When it last changed: for a post, its newest update.
    var updated: Date
    /// The full content as HTML, every URL absolute.
    var html: String
    /// The summary, when there is one.
    var summary: String?
    /// The language of the feed it belongs in.
    var language = "en"

    /// Newest first: by `updated`, then `published`, then id, so that the order never depends on input order.
    static func newestFirst(_ left: FeedEntry, _ right: FeedEntry) -> Bool {
        (left.updated, left.published, left.id) > (right.updated, right.published, right.id)
    }
}
