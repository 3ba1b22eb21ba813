extension ThemeStrings {
    /// Placard's own English: every string the default theme and Placard print, as `templates/i18n/en.yml` gives
    /// them (a test keeps the two equal). A site whose theme has no strings file reads these.
    static let english: [String: String] = [
        // Every page.
        "skip_to_content": "Skip to content",
        "site_navigation": "Site",
        "languages_navigation": "Languages",
        "printed_from": "Printed from",
        // Lists of posts.
        "nothing_posted": "Nothing has been posted yet.",
        "pages_navigation": "Pages",
        "newer_posts": "Newer posts",
        "older_posts": "Older posts",
        "page_of": "Page {page} of {pages}",
        "list_page_title": "{title}, page {page}",
        "tag_title": "Posts tagged {tag}",
        "tag_heading": "Posts tagged “{tag}”",
        "all_posts": "All posts",
        "in_language": "in {language}",
        // A post.
        "posted": "Posted",
        "updated": "Updated",
        "updates": "Updates",
        "latest_update": "Latest update:",
        "tags": "Tags:",
        "more_tags": "and {count} more",
        "share": "Share:",
        "share_email": "Email",
        "update_title": "Update, {day}: {update} — {post}",
        "update_to": "Update to",
        "updates_navigation": "Updates to this post",
        "earlier_update": "Earlier update,",
        "later_update": "Later update,",
        "back_to_post": "Back to the post and all its updates",
        // Translations.
        "translation_behind": "This translation does not yet include {update} (in {language}).",
        "translation_behind_update": "the update of {date}",
        "translation_comments_one": "This post’s comment is archived on {link}.",
        "translation_comments_other": "This post’s {count} comments are archived on {link}.",
        "translation_comments_link": "the {language} version",
        // The comments archive.
        "comments": "Comments",
        "mentions": "Mentions",
        "comments_archived_one": "{count} comment archived",
        "comments_archived_other": "{count} comments archived",
        "comments_archived_partial": "{count} of {total} comments archived",
        "comments_closed": "Comments are closed",
        "comments_archived_at": "Comments are archived at",
        "comments_on": "Comments on",
        "comments_page_title": "{title}: comments, page {page}",
        "comments_page_heading": "Comments, page {page} of {pages}",
        "comment_pages_navigation": "Comment pages",
        "earlier_comments": "Earlier",
        "later_comments": "Later",
        "comments_hidden": "comments",
        "page": "Page",
        "comment_label": "Comment {number} by {author}",
        "reply_label": "Reply by {author}",
        "removed_label": "Comment {number} removed",
        "mention_label": "Mention by {author}",
        "anonymous": "Anonymous",
        "author_badge": "author",
        "comment_link": "Link",
        "comment_link_hidden": "to this comment",
        "in_reply_to": "In reply to",
        "comment_removed": "This comment was removed.",
        // Phone numbers in the writing.
        "phone_toll_free": "toll-free, US only",
        "phone_from_abroad": "from abroad: {number}",
        // The 404 page.
        "not_found": "Page not found",
        "not_found_text": "There is no page at this address. It may have moved, or the link may have a typo.",
        "front_page": "Go to the front page",
    ]

    /// The strings Placard fills itself, and the placeholders each may use.
    static let placeholders: [String: Set<String>] = [
        "page_of": ["page", "pages"],
        "list_page_title": ["title", "page"],
        "tag_title": ["tag"],
        "tag_heading": ["tag"],
        "in_language": ["language"],
        "more_tags": ["count"],
        "update_title": ["day", "update", "post"],
        "translation_behind": ["update", "language"],
        "translation_behind_update": ["date"],
        "translation_comments_one": ["count", "link"],
        "translation_comments_other": ["count", "link"],
        "translation_comments_link": ["language"],
        "comments_archived_one": ["count"],
        "comments_archived_other": ["count"],
        "comments_archived_partial": ["count", "total"],
        "comments_page_title": ["title", "page"],
        "comments_page_heading": ["page", "pages"],
        "comment_label": ["number", "author"],
        "reply_label": ["author"],
        "removed_label": ["number"],
        "mention_label": ["author"],
        "phone_from_abroad": ["number"],
    ]

    /// The strings Placard itself uses, whether or not a template does.
    static var usedByPlacard: Set<String> {
        Set(placeholders.keys).union(["comments_closed", "anonymous", "phone_toll_free", "not_found"])
    }
}
