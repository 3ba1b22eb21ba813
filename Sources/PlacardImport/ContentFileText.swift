import Foundation
import Placard

/// The text of the content files an import writes: a post's or page's `index.md` (front matter and body) and the
/// entries of its `comments.yml`, in Placard's YAML.
struct ContentFileText: Sendable {
    /// The site's time zone, for post dates.
    let timeZone: TimeZone

    /// The text of `index.md` or a page's `.md` file.
    func document(_ post: ImportedPost) -> String {
        var lines = ["---", "title: \(YAMLText.quoted(post.title))"]
        if !post.isPage { lines.append("date: \(local(post.date))") }
        if let summary = post.summary, !summary.isEmpty { lines.append("summary: \(YAMLText.quoted(summary))") }
        if let image = post.image, !post.isPage { lines.append("image: \(YAMLText.quoted(image))") }
        if !post.tags.isEmpty { lines.append("tags: [\(post.tags.map(YAMLText.quoted).joined(separator: ", "))]") }
        if post.draft { lines.append("draft: true") }
        lines.append("html: true")
        if let count = post.originalCommentCount, !post.isPage { lines.append("original_comment_count: \(count)") }
        if !post.aliases.isEmpty {
            lines.append("aliases:")
            for alias in post.aliases {
                let path = YAMLText.quoted(alias.path)
                lines.append(alias.file.map { "  - {path: \(path), file: \(YAMLText.quoted($0))}" } ?? "  - \(path)")
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n" + post.body.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    /// The first lines of a `comments.yml` entry: id, parent, role and status.
    static func commentHead(_ comment: PlannedComment) -> String {
        var lines = ["- id: \(YAMLText.identifier(comment.id))"]
        if let parent = comment.parent { lines.append("  parent: \(YAMLText.identifier(parent))") }
        if comment.isAuthor { lines.append("  role: author") }
        if comment.tail == nil { lines.append("  status: removed") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The other lines of a `comments.yml` entry, rendered when the comment is read: it never holds an e-mail or IP.
    static func commentTail(author: String, url: String, date: Date?, type: String?, body: String) -> String {
        var lines: [String] = []
        if !author.isEmpty { lines.append("  author: \(YAMLText.quoted(author))") }
        if !url.isEmpty { lines.append("  author_url: \(YAMLText.quoted(url))") }
        if let date { lines.append("  date: \(WordPressDates.utc(date))") }
        if let type { lines.append("  type: \(type)") }
        lines.append("  body: " + YAMLText.block(body, indent: "    "))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2014-01-14T18:31:03+01:00` in the site's time zone (an offset with seconds rounded up to the minute).
    func local(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: timeZone.minuteOffset(for: date)) ?? timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
