import Foundation

/// Dates as WordPress exports them: `2014-01-14 17:31:03` in GMT, or RFC 822 in `<pubDate>`.
enum WordPressDates {
    /// The post's GMT date; the local date (read as GMT) or `<pubDate>` when WordPress left it empty.
    static func postDate(_ item: WordPressItem) -> Date? {
        gmt(item["wp:post_date_gmt"]) ?? gmt(item["wp:post_date"]) ?? rfc822(item["pubDate"])
            ?? item.comments.compactMap(commentDate).min()
    }

    /// The comment's GMT date, or its local date read as GMT.
    static func commentDate(_ comment: WordPressComment) -> Date? {
        gmt(comment["comment_date_gmt"]) ?? gmt(comment["comment_date"])
    }

    /// `2014-01-14 17:31:03` as GMT; nil for WordPress's `0000-00-00 00:00:00` and anything else.
    static func gmt(_ text: String) -> Date? {
        guard !text.isEmpty, !text.hasPrefix("0000") else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.date(from: text)
    }

    /// `Tue, 14 Jan 2014 17:31:03 +0000`.
    static func rfc822(_ text: String) -> Date? {
        guard !text.isEmpty else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.date(from: text)
    }
}
