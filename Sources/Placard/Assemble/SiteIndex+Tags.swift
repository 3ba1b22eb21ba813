import Foundation

extension SiteIndex {
    /// A tag and the posts that carry it.
    struct Tag: Sendable {
        /// The tag's page name, such as `transit` (``Slug/make(_:)``).
        var slug: String
        /// The first spelling of the tag met in list order, for its page's title.
        var name: String
        /// The positions of its posts in the list they were grouped from, newest first.
        var posts: [Int]
        /// When its newest post last changed.
        var modified: Date
    }

    /// The tags of `posts`, by page name; a post carries each tag once, however many spellings of it it lists.
    /// - Parameter posts: posts in list order (``newestFirst(_:)``).
    static func tags(of posts: [Post]) -> [Tag] {
        var byTag: [String: Tag] = [:]
        for (index, post) in posts.enumerated() {
            // Each tag's page name once, the first spelling of it kept: a post's tags by page name.
            var names: [String: String] = [:]
            for name in post.tags {
                let slug = Slug.make(name)
                if names[slug] == nil { names[slug] = name }
            }
            for (slug, name) in names {
                var tag = byTag[slug] ?? Tag(slug: slug, name: name, posts: [], modified: post.modified)
                tag.posts.append(index)
                tag.modified = max(tag.modified, post.modified)
                byTag[slug] = tag
            }
        }
        return byTag.keys.sorted().map { byTag[$0]! }
    }
}
