import Foundation
import Testing

/// An import stopped by SIGINT (Ctrl-C) or SIGTERM removes its `.placard-import-…` staging folder and leaves the
/// content folder as it was.
@Suite(.timeLimit(.minutes(2))) struct ImportInterruptTests {
    /// A WordPress export of `posts` posts with `comments` comments each: big enough to take a while.
    static func export(posts: Int, comments: Int) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
              xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel><title>Big</title>

            """
        for post in 1...posts {
            xml += "<item><title>Post \(post)</title><content:encoded><![CDATA[<p>Body.</p>]]></content:encoded>"
            xml += "<wp:post_id>\(post)</wp:post_id><wp:post_date_gmt>2020-01-01 10:00:00</wp:post_date_gmt>"
            xml += "<wp:post_name>post-\(post)</wp:post_name><wp:status>publish</wp:status>"
            xml += "<wp:post_type>post</wp:post_type>\n"
            for comment in 1...comments {
                let id = post * comments + comment
                xml += "<wp:comment><wp:comment_id>\(id)</wp:comment_id><wp:comment_author>Reader</wp:comment_author>"
                xml += "<wp:comment_date_gmt>2020-02-01 10:00:00</wp:comment_date_gmt>"
                xml += "<wp:comment_content><![CDATA[A comment with <em>some</em> text, number \(id).]]>"
                xml += "</wp:comment_content><wp:comment_approved>1</wp:comment_approved>"
                xml += "<wp:comment_parent>0</wp:comment_parent></wp:comment>\n"
            }
            xml += "</item>\n"
        }
        return xml + "</channel></rss>\n"
    }

    static func stagingFolders(_ root: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { $0.hasPrefix(".placard-import-") }
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func removesItsStagingFolderWhenInterrupted(signal: Int32) throws {
        let root = try makeSite([
            "content/site.yml": "title: T\nbase_url: https://example.org/\n",
            "big.xml": Self.export(posts: 200, comments: 400),
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let before = try FileManager.default.subpathsOfDirectory(atPath: root + "/content").sorted()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PlacardProcess.executable)
        process.arguments = ["import", "wordpress", "big.xml"]
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        while process.isRunning, Self.stagingFolders(root).isEmpty { usleep(1_000) }
        #expect(process.isRunning, "the import ended before it could be interrupted; make the export bigger")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 128 + signal)
        #expect(Self.stagingFolders(root) == [])
        #expect(try FileManager.default.subpathsOfDirectory(atPath: root + "/content").sorted() == before)
    }
}
