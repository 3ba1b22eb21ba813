import Foundation

/// A post, page or comment archive ready to be written in Placard's content format.
struct ImportedPost: Sendable {
    var slug: String
    var title: String
    var date: Date
    var summary: String?
    var tags: [String] = []
    var draft = false
    var originalCommentCount: Int?
    var body: String
    var comments: [ImportedComment] = []
    /// Whether the post becomes a page (`content/pages/<slug>.md`).
    var isPage = false
}

/// One entry of `comments.yml`; it never holds an e-mail or IP address.
struct ImportedComment: Sendable {
    var id: String
    var parent: String?
    var author: String?
    var authorURL: String?
    var date: Date?
    var isAuthor = false
    var removed = false
    var type: String?
    var body: String
}

/// Writes imported content as Placard's YAML and Markdown.
struct ImportYAML: Sendable {
    /// The site's time zone, for post dates.
    let timeZone: TimeZone

    /// The text of `index.md` or a page's `.md` file.
    func document(_ post: ImportedPost) -> String {
        var lines = ["---", "title: \(Self.quoted(post.title))"]
        if !post.isPage { lines.append("date: \(local(post.date))") }
        if let summary = post.summary, !summary.isEmpty { lines.append("summary: \(Self.quoted(summary))") }
        if !post.tags.isEmpty { lines.append("tags: [\(post.tags.map(Self.quoted).joined(separator: ", "))]") }
        if post.draft { lines.append("draft: true") }
        lines.append("html: true")
        if let count = post.originalCommentCount, !post.isPage { lines.append("original_comment_count: \(count)") }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n" + post.body.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    /// The text of `comments.yml`.
    func comments(_ comments: [ImportedComment]) -> String {
        comments.map(entry).joined()
    }

    private func entry(_ comment: ImportedComment) -> String {
        var lines = ["- id: \(Self.identifier(comment.id))"]
        if let parent = comment.parent { lines.append("  parent: \(Self.identifier(parent))") }
        if let author = comment.author, !author.isEmpty { lines.append("  author: \(Self.quoted(author))") }
        if let url = comment.authorURL, !url.isEmpty { lines.append("  author_url: \(Self.quoted(url))") }
        if let date = comment.date { lines.append("  date: \(Self.utc(date))") }
        if comment.isAuthor { lines.append("  role: author") }
        if comment.removed { lines.append("  status: removed") }
        if let type = comment.type { lines.append("  type: \(type)") }
        if !comment.removed { lines.append("  body: " + Self.block(comment.body, indent: "    ")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2014-01-14T18:31:03+01:00` in the site's time zone.
    func local(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// `2014-01-14T17:31:03Z`.
    static func utc(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// A number stays a number; anything else is a quoted string.
    static func identifier(_ id: String) -> String {
        !id.isEmpty && id.count < 10 && id.allSatisfy(\.isASCII) && id.allSatisfy(\.isNumber) && !id.hasPrefix("0")
            ? id : quoted(id)
    }

    /// A YAML block scalar (`|`) when the text allows one, else a double-quoted string.
    static func block(_ text: String, indent: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lines = trimmed.split(separator: "\n", omittingEmptySubsequences: false)
        let plain = trimmed.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || isPrintable($0) }
        guard !trimmed.isEmpty, plain, !trimmed.contains("\r") else { return quoted(trimmed) }
        let body = lines.map { line in
            let stripped = line.replacingOccurrences(of: "[ \t]+$", with: "", options: .regularExpression)
            return stripped.isEmpty ? "" : indent + stripped
        }
        return "|\n" + body.joined(separator: "\n")
    }

    /// A YAML double-quoted string, with every character that YAML could misread escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if isPrintable(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += String(format: "\\u%04X", scalar.value & 0xFFFF)
                }
            }
        }
        return result + "\""
    }

    /// YAML's printable set, less the characters that only confuse readers (BOM, line and paragraph separators).
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
