/// Every name Placard's contexts give templates (templates/README.md lists them by page). The library numbers these
/// first, in this order, so that a context finds a tag's value with one `switch`; a name that is not here is in no
/// context and renders as nothing.
enum TemplateKey: String, CaseIterable {
    // Every page.
    case title, canonical, root, site, feedURL = "feed_url"
    // site.
    case baseURL = "base_url", language, description, hasDescription = "has_description", pages, author, name, url
    // Lists of posts.
    case posts, pagination, tag
    case hasPages = "has_pages", page, hasPrevious = "has_previous", previousURL = "previous_url"
    case hasNext = "has_next", nextURL = "next_url"
    // A post, its summary and its updates.
    case post, date, dateISO = "date_iso", modifiedISO = "modified_iso", summary, hasSummary = "has_summary"
    case tags, hasTags = "has_tags", moreTags = "more_tags", hasMoreTags = "has_more_tags", latestUpdate =
        "latest_update", bodyHTML = "body_html"
    case updates, hasUpdates = "has_updates", update, anchor, postURL = "post_url", previous, next
    // The comments archive and its comments.
    case comments, shown, count, threads, start, mentions, hasMentions = "has_mentions", number, current, gap
    case id, permalink, authorURL = "author_url", hasAuthorURL = "has_author_url", isPostAuthor = "is_post_author"
    case removed, replies, hasReplies = "has_replies", depth, inReplyTo = "in_reply_to"
    case hasInReplyTo = "has_in_reply_to", inReplyToPermalink = "in_reply_to_permalink", label, hasDate = "has_date"
    // Share links and the head's metadata.
    case social, jsonLD = "json_ld", share, publishedISO = "published_iso", imageURL = "image_url"
    case hasImage = "has_image", email, x, facebook, bluesky, linkedin, whatsapp
    // Languages: the theme's words, a page's versions, the words Placard puts together.
    case i18n, home, alternates, hasAlternates = "has_alternates", xDefault = "x_default", lang
    case absoluteURL = "absolute_url", heading, moreTagsText = "more_tags_text", missingUpdates = "missing_updates"
    case hasMissingUpdates = "has_missing_updates", noticeHTML = "notice_html", elsewhere, noteHTML = "note_html"
    case foreign, languageNote = "language_note"

    /// The keys by number.
    static let byNumber = allCases
    /// The names, in number order, for the library.
    static let names = allCases.map(\.rawValue)

    /// The key a library number stands for, if it is one of Placard's.
    @inline(__always)
    init?(number: Int) {
        guard number < Self.byNumber.count else { return nil }
        self = Self.byNumber[number]
    }
}
