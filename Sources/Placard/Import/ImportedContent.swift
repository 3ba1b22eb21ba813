import Foundation

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

/// Writes imported content as Placard's YAML and Markdown.
struct ImportYAML: Sendable {
    /// The site's time zone, for post dates.
    let timeZone: TimeZone

    /// The time zone of `site.yml` in the content folder, or UTC when the folder has none.
    /// - Throws: the first error in `site.yml`, or a diagnostic when it cannot be read.
    static func siteTimeZone(content: String) throws(Diagnostic) -> TimeZone {
        try siteSettings(content: content).timeZone
    }

    /// The time zone and `base_url` of `site.yml` in the content folder; UTC and nil when the folder has none.
    /// - Throws: the first error in `site.yml`, or a diagnostic when it cannot be read.
    static func siteSettings(content: String) throws(Diagnostic) -> (timeZone: TimeZone, baseURL: String?) {
        let path = content + "/site.yml"
        guard FileManager.default.fileExists(atPath: path) else { return (TimeZone(identifier: "UTC")!, nil) }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw Diagnostic("could not read \(path) (\(SourceReader.reason(error)))")
        }
        let (config, diagnostics) = SiteConfigLoader().load(SourceFile(path: path, text: text))
        guard let config else {
            throw diagnostics.first(where: { $0.severity == .error }) ?? Diagnostic("\(path) has errors")
        }
        return (config.timeZone, config.baseURL)
    }

    /// The text of `index.md` or a page's `.md` file.
    func document(_ post: ImportedPost) -> String {
        var lines = ["---", "title: \(Self.quoted(post.title))"]
        if !post.isPage { lines.append("date: \(local(post.date))") }
        if let summary = post.summary, !summary.isEmpty { lines.append("summary: \(Self.quoted(summary))") }
        if let image = post.image, !post.isPage { lines.append("image: \(Self.quoted(image))") }
        if !post.tags.isEmpty { lines.append("tags: [\(post.tags.map(Self.quoted).joined(separator: ", "))]") }
        if post.draft { lines.append("draft: true") }
        lines.append("html: true")
        if let count = post.originalCommentCount, !post.isPage { lines.append("original_comment_count: \(count)") }
        if !post.aliases.isEmpty {
            lines.append("aliases:")
            for alias in post.aliases {
                let path = Self.quoted(alias.path)
                lines.append(alias.file.map { "  - {path: \(path), file: \(Self.quoted($0))}" } ?? "  - \(path)")
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n" + post.body.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    /// The first lines of a `comments.yml` entry: id, parent, role and status.
    static func commentHead(_ comment: PlannedComment) -> String {
        var lines = ["- id: \(identifier(comment.id))"]
        if let parent = comment.parent { lines.append("  parent: \(identifier(parent))") }
        if comment.isAuthor { lines.append("  role: author") }
        if comment.tail == nil { lines.append("  status: removed") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The other lines of a `comments.yml` entry, rendered when the comment is read: it never holds an e-mail or IP.
    static func commentTail(author: String, url: String, date: Date?, type: String?, body: String) -> String {
        var lines: [String] = []
        if !author.isEmpty { lines.append("  author: \(quoted(author))") }
        if !url.isEmpty { lines.append("  author_url: \(quoted(url))") }
        if let date { lines.append("  date: \(WordPressDates.utc(date))") }
        if let type { lines.append("  type: \(type)") }
        lines.append("  body: " + block(body, indent: "    "))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2014-01-14T18:31:03+01:00` in the site's time zone (an offset with seconds rounded up to the minute).
    func local(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: timeZone.minuteOffset(for: date)) ?? timeZone
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
        let trimmed = Self.trimmed(text)
        let plain =
            trimmed.utf8.allSatisfy { (0x20...0x7E).contains($0) || $0 == 0x0A || $0 == 0x09 }
            || trimmed.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || isPrintable($0) }
        guard !trimmed.isEmpty, plain else { return quoted(trimmed) }
        var body = "|"
        for line in trimmed.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let end = line.lastIndex { $0 != 0x20 && $0 != 0x09 }
            body += "\n"
            if let end { body += indent + String(Substring(line[...end])) }
        }
        return body
    }

    /// The text without white space and line breaks around it; the text itself when it has none (the common case).
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let space: (UInt8) -> Bool = { $0 <= 0x20 || $0 >= 0x80 }  // Foundation decides the doubtful ones
        return space(first) || space(last) ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text
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
