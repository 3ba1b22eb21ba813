import Foundation
import Placard
import PlacardImport
import Testing

/// An export, and what it holds, read with plain string matching: one of ours (`Tests/PlacardTests/Fixtures/import/`)
/// or a real one from `../shared/fixtures/import/`.
struct ImportFixture {
    let name: String
    var folder = Self.ours

    /// The exports we wrote, in the repository.
    static let ours = TestSite.repository + "/Tests/PlacardTests/Fixtures/import"
    /// The real exports, beside the repository (see `SharedFolder`).
    static let shared = SharedFolder.path("fixtures/import")

    var path: String { folder + "/" + name }
    var text: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    /// Every e-mail address and IP address in the export.
    var personalData: Set<String> {
        let patterns = [
            #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#,
            #"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b"#,
            #"<wp:comment_author_IP>([^<]+)</wp:comment_author_IP>"#,
            #"<ipAddress>([^<]+)</ipAddress>"#,
        ]
        var found = Set<String>()
        for pattern in patterns {
            let expression = try! NSRegularExpression(pattern: pattern)
            for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let group = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
                if let range = Range(group, in: text) {
                    found.insert(text[range].trimmingCharacters(in: .whitespacesAndNewlines))
                }
            }
        }
        return found.filter { !$0.isEmpty }
    }

    /// The values of every `<tag>` in the export, CDATA unwrapped, in order.
    func values(_ tag: String) -> [String] {
        let pattern = "<\(tag)>(?:\\s*<!\\[CDATA\\[)?(.*?)(?:\\]\\]>\\s*)?</\(tag)>"
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

extension ImportFixture {
    /// One `<wp:comment>` of an export: id, parent, approval, and its item: whether that is a published post (the
    /// only items whose comments are imported) and which post it is (a post id, or the item's place when it has none;
    /// WordPress may export a post as several items).
    struct ExportComment: Hashable {
        var id: String
        var parent: String
        var approved: String
        var onPost = true
        var post = ""
    }

    /// Every `<wp:comment>` of the export, item by item.
    var comments: [ExportComment] {
        text.components(separatedBy: "<item>").dropFirst().enumerated().flatMap { index, item in
            let head = Block(text: item.components(separatedBy: "<wp:comment>")[0])
            let onPost =
                ["", "post"].contains(head.value("wp:post_type")) && ["", "publish"].contains(head.value("wp:status"))
            let post = head.value("wp:post_id").isEmpty ? "item \(index)" : head.value("wp:post_id")
            return item.components(separatedBy: "<wp:comment>").dropFirst().map { block in
                let block = Block(text: block)
                return ExportComment(
                    id: block.value("wp:comment_id"), parent: block.value("wp:comment_parent"),
                    approved: block.value("wp:comment_approved"), onPost: onPost, post: post)
            }
        }
    }

    /// The ids of approved comments written by their post's author, as the export says: the comment's user id is
    /// the id the `<wp:author>` list gives the item's `dc:creator`, or, in an export without that list, the id of a
    /// registered commenter named like the creator.
    var authorComments: Set<String> {
        var ids: [String: String] = [:]
        for block in text.components(separatedBy: "<wp:author>").dropFirst() {
            let block = Block(text: block)
            ids[block.value("wp:author_login")] = block.value("wp:author_id")
        }
        var result = Set<String>()
        for item in text.components(separatedBy: "<item>").dropFirst() {
            let creator = Block(text: item).value("dc:creator")
            let comments = item.components(separatedBy: "<wp:comment>").dropFirst().map(Block.init)
            let named = comments.first {
                $0.value("wp:comment_author") == creator && !["", "0"].contains($0.value("wp:comment_user_id"))
            }
            guard let author = ids[creator] ?? named?.value("wp:comment_user_id") else { continue }
            for comment in comments
            where comment.value("wp:comment_user_id") == author && comment.value("wp:comment_approved") == "1" {
                result.insert(comment.value("wp:comment_id"))
            }
        }
        return result
    }

    /// This WordPress export imported into a new site, and the import's summary.
    func importedIntoNewSite(options: ImportOptions = []) throws -> (site: TestSite, summary: ImportSummary) {
        let site = try TestSite(minimalConfig)
        return (site, try WordPressImporter(content: site.root + "/content", options: options).run(path))
    }

    /// Imports this WordPress export into a new site, loads and builds it, and checks what any export must keep:
    /// every approved comment of a published post once, each under the parent the export gives it, the post author's
    /// comments marked, no warning, and no e-mail or IP address anywhere in the content or the output.
    func checkImportKeepsThreads() async throws {
        let (site, summary) = try importedIntoNewSite()
        let (loaded, warnings) = try site.load()
        #expect(warnings.isEmpty, "\(warnings)")
        try await site.build()
        let exported = comments
        let approved = exported.filter { $0.approved == "1" && $0.onPost }
        #expect(summary.comments == Set(approved.map { [$0.post, $0.id] }).count)
        #expect(summary.posts == loaded.posts.count)
        #expect(summary.pages == loaded.pages.count)
        var byAuthor = Set<String>()
        for post in loaded.posts {
            for entry in post.comments.entries where entry.comment.status != .removed {
                let parent = entry.comment.parent ?? "0"
                #expect(approved.contains { $0.id == entry.comment.id && $0.parent == parent })
                if entry.comment.role == .author { byAuthor.insert(entry.comment.id) }
            }
        }
        #expect(byAuthor == authorComments)
        let output = try site.outputText()
        for value in personalData {
            #expect(!output.contains(value), "\(value) from \(name) is in the output")
        }
    }
}

extension TestSite {
    /// Every file below the site's `content/` and `public/`, as text.
    func outputText() throws -> String {
        var text = ""
        for folder in ["content", "public"] {
            let base = root + "/" + folder
            guard let walker = FileManager.default.enumerator(atPath: base) else { continue }
            for case let relative as String in walker {
                if let data = FileManager.default.contents(atPath: base + "/" + relative) {
                    text += String(decoding: data, as: UTF8.self)
                }
            }
        }
        return text
    }

    /// Every file below `content/`, relative to the site folder.
    func contentFiles() -> [String] {
        let base = root + "/content"
        let walker = FileManager.default.enumerator(atPath: base)
        var files: [String] = []
        while let relative = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append("content/" + relative)
            }
        }
        return files.sorted()
    }
}

extension ImportFixture {
    /// A piece of an export, for reading one element's value.
    struct Block {
        let text: String

        /// The trimmed value of the first `<tag>`, CDATA unwrapped.
        func value(_ tag: String) -> String {
            guard let start = text.range(of: "<\(tag)>"), let end = text.range(of: "</\(tag)>"),
                start.upperBound <= end.lowerBound
            else { return "" }
            var value = text[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
            if value.hasPrefix("<![CDATA["), value.hasSuffix("]]>") { value = String(value.dropFirst(9).dropLast(3)) }
            return value
        }
    }
}

extension TestSite {
    /// Staging folders an import left beside `content/`: none, after success or failure.
    func stagingLeftovers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { $0.hasPrefix(".placard-import") }
    }

    /// Every file below `content/` with its bytes, to compare before and after a failed import.
    func contentSnapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        for path in contentFiles() { files[path] = FileManager.default.contents(atPath: root + "/" + path) }
        return files
    }
}

/// Large WordPress exports built in the test, with what they are known to hold.
enum GeneratedExport {
    /// The parent of comment `id` in a generated thread: comment 1 and every seventh one start a thread, the others
    /// reply to an earlier comment (so replies nest deep and wide).
    static func parent(of id: Int) -> Int {
        id == 1 || id % 7 == 0 ? 0 : (id * 31) % (id - 1) + 1
    }

    /// Whether comment `id` is spam (every 25th): its replies hang under a removed placeholder.
    static func isSpam(_ id: Int) -> Bool { id % 25 == 0 }

    /// One `<wp:comment>`, as WordPress writes it, with an e-mail and IP address that must never be written.
    static func comment(_ id: Int, firstID: Int = 1, user: Int = 0, html: Bool = true) -> String {
        let parent = parent(of: id - firstID + 1)
        return """
            <wp:comment><wp:comment_id>\(id)</wp:comment_id>\
            <wp:comment_author><![CDATA[Reader \(id % 97)]]></wp:comment_author>\
            <wp:comment_author_email>reader\(id)@mail.example</wp:comment_author_email>\
            <wp:comment_author_url>https://reader.example/</wp:comment_author_url>\
            <wp:comment_author_IP>10.9.\(id / 250 % 250).\(id % 250)</wp:comment_author_IP>\
            <wp:comment_date_gmt>2019-02-01 09:00:00</wp:comment_date_gmt>\
            <wp:comment_content><![CDATA[\(html ? "<p>Comment \(id) with <em>emphasis</em>.</p>" : "Comment \(id).")]]></wp:comment_content>\
            <wp:comment_approved>\(isSpam(id - firstID + 1) ? "spam" : "1")</wp:comment_approved>\
            <wp:comment_type></wp:comment_type>\
            <wp:comment_parent>\(parent == 0 ? 0 : parent + firstID - 1)</wp:comment_parent>\
            <wp:comment_user_id>\(user)</wp:comment_user_id></wp:comment>

            """
    }

    /// An item holding `comments` (comment ids `firstID…`; plain text unless `html`), or none.
    static func item(
        id: Int, comments: Range<Int> = 0..<0, firstID: Int = 1, html: Bool = true, body: String = "<p>Body.</p>"
    ) -> String {
        var text = """
            <item><title>Post \(id)</title><dc:creator><![CDATA[admin]]></dc:creator>
            <content:encoded><![CDATA[\(body)]]></content:encoded>
            <wp:post_id>\(id)</wp:post_id><wp:post_date_gmt>2019-01-01 10:00:00</wp:post_date_gmt>
            <wp:post_name>post-\(id)</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>

            """
        for number in comments { text += comment(number, firstID: firstID, html: html) }
        return text + "</item>\n"
    }

    /// A whole export around `items`.
    static func wxr(_ items: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel><title>Generated</title>
        <wp:author><wp:author_id>1</wp:author_id><wp:author_login>admin</wp:author_login></wp:author>
        \(items.joined())</channel>
        </rss>

        """
    }

    /// `comments.yml` read back: each entry's id with its parent ("0" for none) and whether it is a placeholder.
    static func entries(_ yaml: String) -> [(id: String, parent: String, removed: Bool)] {
        var result: [(id: String, parent: String, removed: Bool)] = []
        for line in yaml.utf8.split(separator: UInt8(ascii: "\n")) {
            let text = String(Substring(line))
            if text.hasPrefix("- id: ") {
                result.append((String(text.dropFirst(6)), "0", false))
            } else if text.hasPrefix("  parent: ") {
                result[result.count - 1].parent = String(text.dropFirst(10))
            } else if text == "  status: removed" {
                result[result.count - 1].removed = true
            }
        }
        return result
    }
}
