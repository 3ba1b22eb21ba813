import Foundation

/// What the index, tag pages, site feed and sitemap need of a post once its own pages are written.
struct PostDigest: Sendable {
    /// The post without its body, its updates' bodies or its comments.
    var post: Post
    /// The files it made, below the output folder.
    var files: [String]
    /// How many of them are `.html` pages, counted once.
    var htmlFiles: Int
    /// Its pages in the sitemap.
    var pages: [SitemapEntry]
    /// Its entries for the site feed; empty when the run keeps only the site feed's newest (``FeedSelection``).
    var entries: [FeedEntry]

    /// Whether the lists, the site feed or the sitemap would show this post differently from `other`.
    func listsDiffer(from other: PostDigest) -> Bool {
        let (a, b) = (post, other.post)
        return a.slug != b.slug || a.title != b.title || a.date != b.date || a.summary != b.summary
            || a.tags != b.tags || a.modified != b.modified || a.aliases != b.aliases
            || a.updates.map(\.aliases) != b.updates.map(\.aliases)
            || a.updates.map { [$0.title, $0.key, "\($0.date.timeIntervalSince1970)"] }
                != b.updates.map { [$0.title, $0.key, "\($0.date.timeIntervalSince1970)"] }
            || pages != other.pages || entries != other.entries
            || a.translations.map(\.listed) != b.translations.map(\.listed)
    }
}

extension Translation {
    /// What lists show of a translation, to tell whether they changed.
    fileprivate var listed: [String] {
        [language, title ?? "", slug ?? "", summary ?? "", (tags ?? []).joined(separator: "\n"), draft ? "d" : ""]
            + updates.map { $0.key + "\n" + ($0.title ?? "") }
    }
}

extension Post {
    /// The post as lists, feeds and the sitemap need it: without its body, its updates' bodies or its comments.
    var forLists: Post {
        var post = self
        post.body.text = ""
        post.updates = updates.map { update in
            var update = update
            update.body.text = ""
            return update
        }
        post.comments = .empty
        post.translations = translations.map { translation in
            var translation = translation
            translation.body.text = ""
            translation.updates = translation.updates.map { update in
                var update = update
                update.body.text = ""
                return update
            }
            return translation
        }
        return post
    }
}
