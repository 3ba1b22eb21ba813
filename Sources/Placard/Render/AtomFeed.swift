import Markup
import Foundation

/// An Atom 1.0 document (RFC 4287), written by hand so that the bytes are the same on every build.
struct AtomFeed: Sendable {
    /// The feed's title.
    var title: String
    /// A stable id: the URL of the page the feed stands for.
    var id: String
    /// The feed's own absolute URL.
    var selfURL: String
    /// The page the feed stands for.
    var alternateURL: String
    /// Who wrote it; Atom wants an author on the feed or on every entry.
    var author: SiteConfig.Author?
    /// A sentence about the feed.
    var subtitle: String?
    /// The site's language.
    var language: String
    /// The entries, in any order; they are written newest first.
    var entries: [FeedEntry]
    /// How many entries are written at most.
    var limit: Int

    /// The XML text.
    func xml() -> String {
        let sorted = entries.sorted(by: FeedEntry.newestFirst).prefix(limit)
        let updated = sorted.map(\.updated).max() ?? Date(timeIntervalSince1970: 0)
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(Self.escape(language))">"#,
            "<title>\(Self.escape(title))</title>",
        ]
        if let subtitle { lines.append("<subtitle>\(Self.escape(subtitle))</subtitle>") }
        lines += [
            "<id>\(Self.escape(id))</id>",
            #"<link rel="self" type="application/atom+xml" href="\#(Self.escape(selfURL))"/>"#,
            #"<link rel="alternate" type="text/html" href="\#(Self.escape(alternateURL))"/>"#,
            "<updated>\(Self.timestamp(updated))</updated>",
        ]
        if let author { lines.append(Self.author(author)) }
        lines.append("<generator>Placard</generator>")
        for entry in sorted { lines += Self.entry(entry) }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func entry(_ entry: FeedEntry) -> [String] {
        var lines = [
            "<entry>",
            "<title>\(escape(entry.title))</title>",
            "<id>\(escape(entry.id))</id>",
            #"<link rel="alternate" type="text/html" href="\#(escape(entry.url))"/>"#,
            "<published>\(timestamp(entry.published))</published>",
            "<updated>\(timestamp(entry.updated))</updated>",
        ]
        if let summary = entry.summary { lines.append("<summary>\(escape(summary))</summary>") }
        lines.append(#"<content type="html">\#(escape(entry.html))</content>"#)
        lines.append("</entry>")
        return lines
    }

    private static func author(_ author: SiteConfig.Author) -> String {
        let uri = author.url.map { "<uri>\(escape($0))</uri>" } ?? ""
        return "<author><name>\(escape(author.name))</name>\(uri)</author>"
    }

    /// RFC 3339 in UTC: `2018-06-15T04:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        date.ISO8601Format()
    }

    /// Escapes text for XML content and double-quoted attributes; drops characters XML 1.0 cannot hold.
    static func escape(_ text: String) -> String {
        guard Self.mayHoldIllegalCharacters(text) else { return HTML.escape(text) }
        var legal = String.UnicodeScalarView()
        legal.append(
            contentsOf: text.unicodeScalars.filter { scalar in
                scalar == "\t" || scalar == "\n" || scalar == "\r"
                    || (scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF)
            })
        return HTML.escape(String(legal))
    }

    /// Whether `text` may hold a control character other than tab and line ends, or U+FFFE or U+FFFF (UTF-8
    /// `EF BF BE`/`EF BF BF`): one pass over the bytes, so that text without them is not copied.
    private static func mayHoldIllegalCharacters(_ text: String) -> Bool {
        text.containsByte { byte in (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xEF }
    }
}
