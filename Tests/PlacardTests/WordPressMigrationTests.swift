import Foundation
import Testing

@testable import Placard
@testable import PlacardCheck
@testable import PlacardImport

/// Moving a site off WordPress with our export (`Fixtures/import/migration.xml`) and its uploads folder: after the
/// import and a build, `check` passes but for the file the uploads lack, every old address leads to its new page, the
/// links in bodies go to the new pages, and the media are beside the posts that use them.
@Suite struct WordPressMigrationTests {
    static let export = ImportFixture.ours + "/migration.xml"
    static let uploads = ImportFixture.ours + "/migration-uploads"

    /// A new site with the export imported, media from `sources` (the uploads folder unless given).
    static func imported(_ sources: MediaSources = MediaSources(directory: uploads)) throws -> (TestSite, ImportSummary)
    {
        let site = try TestSite(minimalConfig)
        let summary = try WordPressImporter(content: site.root + "/content", media: sources).run(export)
        return (site, summary)
    }

    @Test func checkPassesButForTheFileTheUploadsLack() async throws {
        let (site, summary) = try Self.imported()
        defer { site.removeAll() }
        #expect(
            summary.description
                == "imported 3 posts, 1 page, 3 comments, 13 media files; skipped 8 attachment items; 2 media files "
                + "not found, listed in import-missing-media.txt")
        try await site.build()
        let report = try await SiteChecker(BuildOptions(source: site.root)).check()
        #expect(
            report.diagnostics.map(\.headline) == [
                "public/posts/number-9/index.html:52:9: error: <img src=\"https://buses.example/wp-content/uploads/"
                    + "2018/05/gone.jpg\"> loads a resource from buses.example; serve it from the site or remove it"
            ])
        let missing = try site.read("content/import-missing-media.txt").split(separator: "\n").filter {
            !$0.hasPrefix("#")
        }
        let content = site.root + "/content"
        #expect(
            missing == [
                "https://buses.example/wp-content/uploads/2018/05/diagram.svg\tnot brought: a .svg file can hold "
                    + "scripts, which run when it is opened on its own\t\(content)/posts/number-9/index.md",
                "https://buses.example/wp-content/uploads/2018/05/gone.jpg\t2018/05/gone.jpg is not in \(Self.uploads)"
                    + "\t\(content)/posts/number-9/index.md",
            ])
    }

    @Test func everyOldAddressLeadsToItsNewPage() async throws {
        let (site, _) = try Self.imported()
        defer { site.removeAll() }
        try await site.build()
        let pages = [
            "2018/05/24/number-9/": "/posts/number-9/", "2018/05/24/number-9/bus-stop/": "/posts/number-9/",
            "2018/06/01/the-board-listened/": "/posts/the-board-listened/",
            "2018/06/01/the-board-listened/crowd/": "/posts/the-board-listened/",
            "2018/06/01/the-board-listened/fare-study/": "/posts/the-board-listened/",
            "2018/07/02/café-meeting/": "/posts/caf%C3%A9-meeting/", "petition/petition-2/": "/petition/",
            "logo/": "/posts/number-9/logo.png",
        ]
        for (old, new) in pages {
            #expect(
                try site.page(old + "index.html").contains("<meta http-equiv=\"refresh\" content=\"0; url=\(new)\">"))
        }
        let rules = try site.page("_redirects")
        for (query, new) in [
            "p=10": "/posts/number-9/", "p=11": "/posts/the-board-listened/", "page_id=12": "/petition/",
            "attachment_id=22": "/posts/the-board-listened/", "attachment_id=30": "/posts/number-9/logo.png",
        ] {
            #expect(rules.contains("\n/ \(query) \(new) 301!\n"), "\(query)")
        }
        let nginx = try site.page("_redirects.nginx")
        #expect(nginx.contains("    \"/?p=10\" \"/posts/number-9/\";"))
        #expect(nginx.contains("    \"/2018/07/02/café-meeting\" \"/posts/caf%C3%A9-meeting/\";"))
        // The petition's own old address is its new one: no alias.
        let petition = try site.page("petition/index.html")
        #expect(!petition.contains("http-equiv=\"refresh\""))
    }

    @Test func linksInEveryFormOfAnOldAddressGoToTheNewPage() throws {
        let (site, _) = try Self.imported()
        defer { site.removeAll() }
        let post = try site.read("content/posts/number-9/index.md")
        #expect(post.occurrences(of: "<a href=\"/posts/the-board-listened/\">") == 6)
        #expect(post.contains("<a href=\"/posts/the-board-listened/#comments\">read the replies</a>"))
        #expect(post.contains("<a href=\"/petition/\">the petition</a>"))
        #expect(post.contains("<a href=\"/posts/caf%C3%A9-meeting/\">the café</a>"))
        // An attachment page becomes its file; other addresses of the old site, and other sites, stay.
        #expect(post.contains("<a href=\"/posts/number-9/logo.png\">our logo</a>"))
        #expect(post.contains("<a href=\"https://buses.example/\">the home page</a>"))
        #expect(post.contains("<a href=\"https://transit.example/plan\">the board's plan</a>"))
        let board = try site.read("content/posts/the-board-listened/index.md")
        #expect(board.contains("<a href=\"/posts/number-9/\">the number 9</a>"))
        #expect(
            board.contains(
                "<a href=\"/posts/the-board-listened/banner.jpg\"><img src=\"/posts/the-board-listened/banner.jpg\""))
        #expect(try site.read("content/posts/café-meeting/index.md").contains("<a href=\"/petition/\">Sign first</a>"))
        // Comments link only absolute addresses: the site's base_url.
        let comments = try site.read("content/posts/number-9/comments.yml")
        #expect(comments.contains("[what the board said](<https://example.org/posts/the-board-listened/#comment-102>)"))
        #expect(comments.contains("author_url: \"https://example.org/posts/the-board-listened/\""))
        #expect(comments.contains("[theirs](<https://transit.example/>)"))
        let replies = try site.read("content/posts/the-board-listened/comments.yml")
        #expect(replies.contains("[here](<https://example.org/posts/the-board-listened/fare-study.pdf>)"))
        #expect(replies.contains("author_url: \"https://buses.example/\""))
    }

    @Test func mediaAreBroughtBesideThePostsThatUseThem() throws {
        let (site, _) = try Self.imported()
        defer { site.removeAll() }
        let expected = [
            "posts/number-9/bus-stop-300x200.jpg": "2018/05/bus-stop-300x200.jpg",
            "posts/number-9/bus-stop.jpg": "2018/05/bus-stop.jpg",
            "posts/number-9/route-map.png": "2018/05/route-map.png",
            "posts/number-9/background.jpg": "2018/07/background.jpg", "posts/number-9/logo.png": "2017/01/logo.png",
            "posts/the-board-listened/board-meeting.mp4": "2018/06/board-meeting.mp4",
            "posts/the-board-listened/board-meeting-poster.jpg": "2018/06/board-meeting-poster.jpg",
            "posts/the-board-listened/fare-study.pdf": "2018/06/fare-study.pdf",
            "posts/the-board-listened/crowd-150x150.jpg": "2018/06/crowd-150x150.jpg",
            "posts/the-board-listened/crowd.jpg": "2018/06/crowd.jpg",
            "posts/the-board-listened/banner.jpg": "2018/06/banner.jpg",
            "posts/the-board-listened/sign.jpg": "2018/06/sign.jpg",
            "static/media/2018/08/petition.jpg": "2018/08/petition.jpg",
        ]
        for (path, original) in expected {
            #expect(try site.read("content/" + path) == original + "\n", "\(path)")
        }
        #expect(!site.contentFiles().contains { $0.hasSuffix(".svg") })
        let post = try site.read("content/posts/number-9/index.md")
        #expect(post.contains("image: \"bus-stop.jpg\""))
        // The resized copy that exists is kept, the one that does not is left out of srcset.
        #expect(
            post.contains(
                "<img src=\"/posts/number-9/bus-stop-300x200.jpg\" srcset=\"/posts/number-9/bus-stop-300x200.jpg 300w, "
                    + "/posts/number-9/bus-stop.jpg 1500w\" sizes=\"(max-width: 300px) 100vw, 300px\""))
        // No resized copy at all: the original, and no srcset or sizes.
        #expect(post.contains("<img src=\"/posts/number-9/route-map.png\" alt=\"The route\"/>"))
        #expect(
            post.contains(
                "style=\"background-image: url(&quot;/posts/number-9/background.jpg&quot;); content: &quot;url(not-a-file.jpg)&quot;\""
            ))
        let board = try site.read("content/posts/the-board-listened/index.md")
        #expect(
            board.contains(
                "<video controls poster=\"/posts/the-board-listened/board-meeting-poster.jpg\" "
                    + "src=\"/posts/the-board-listened/board-meeting.mp4\"></video>"))
        #expect(board.contains("<a href=\"/posts/the-board-listened/fare-study.pdf\">the fare study</a>"))
        #expect(try site.read("content/pages/petition.md").contains("<img src=\"/media/2018/08/petition.jpg\""))
    }

    @Test func aFailedImportWritesNoMedia() throws {
        let site = try TestSite(minimalConfig + "\n-- content/posts/number-9/index.md --\nmine\n")
        defer { site.removeAll() }
        let before = site.contentSnapshot()
        #expect(throws: Diagnostic.self) {
            try WordPressImporter(content: site.root + "/content", media: MediaSources(directory: Self.uploads))
                .run(Self.export)
        }
        #expect(site.contentSnapshot() == before)
        #expect(site.stagingLeftovers().isEmpty)
    }

    @Test func mediaAreNeverReadThroughALinkNorPastTheSizeLimit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placard-uploads-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.uploads, toPath: folder)
        try FileManager.default.removeItem(atPath: folder + "/2018/06/sign.jpg")
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/2018/06/sign.jpg", withDestinationPath: "/etc/hostname")
        try FileManager.default.removeItem(atPath: folder + "/2018/08")
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/2018/08", withDestinationPath: folder + "/2018/06")
        try Data(repeating: 1, count: 2_000).write(to: URL(fileURLWithPath: folder + "/2018/06/fare-study.pdf"))
        let (site, summary) = try Self.imported(MediaSources(directory: folder, maxBytes: 1_000))
        defer { site.removeAll() }
        let reasons = try site.read("content/import-missing-media.txt")
        #expect(reasons.contains("sign.jpg\t\(folder)/2018/06/sign.jpg is a symbolic link, which is not followed"))
        #expect(reasons.contains("petition.jpg\t\(folder)/2018/08 is a symbolic link, which is not followed"))
        #expect(
            reasons.contains(
                "fare-study.pdf\t\(folder)/2018/06/fare-study.pdf has 2000 bytes, more than the 1000 allowed"))
        #expect(summary.missingMedia.count == 5)
        #expect(!site.exists("content/posts/the-board-listened/sign.jpg"))
        // What stayed on the old site is linked as it was.
        #expect(
            try site.read("content/posts/the-board-listened/index.md").contains(
                "href=\"https://buses.example/wp-content/uploads/2018/06/fare-study.pdf\""))
    }

    @Test func withoutASourceTheMediaStayAndTheSummarySaysSo() throws {
        let (site, summary) = try Self.imported(.none)
        defer { site.removeAll() }
        #expect(
            summary.description.hasSuffix(
                "; 17 media files left on the old site (bring them with --media or --fetch-media)"))
        #expect(!site.exists("content/import-missing-media.txt"))
        #expect(
            try site.read("content/posts/number-9/index.md").contains(
                "src=\"https://buses.example/wp-content/uploads/2018/05/bus-stop-300x200.jpg\""))
        // Links to pages are rewritten all the same; an attachment page goes to its post.
        #expect(
            try site.read("content/posts/the-board-listened/index.md").contains(
                "<a href=\"/posts/the-board-listened/\"><img src=\"https://buses.example/wp-content/uploads/2018/06/crowd-150x150.jpg\""
            ))
    }

    @Test func fetchMediaDownloadsFromTheOldSiteAndListsWhatFailed() throws {
        var routes: [String: LoopbackServer.Route] = [:]
        let types = ["jpg": "image/jpeg", "png": "image/png", "mp4": "video/mp4", "pdf": "application/pdf"]
        for key in try FileManager.default.subpathsOfDirectory(atPath: Self.uploads) where key.contains(".") {
            let body = try Data(contentsOf: URL(fileURLWithPath: Self.uploads + "/" + key))
            let type = types[String(key.split(separator: ".").last!)] ?? "image/svg+xml"
            routes["/wp-content/uploads/" + key] = .init(type: type, body: body)
        }
        routes["/wp-content/uploads/2018/06/sign.jpg"]?.delay = 3
        routes["/wp-content/uploads/2018/07/background.jpg"]?.body = Data(repeating: 1, count: 5_000)
        routes["/wp-content/uploads/2018/08/petition.jpg"]?.type = "text/html; charset=utf-8"
        routes["/wp-content/uploads/2018/06/crowd.jpg"]?.failuresFirst = 1
        let server = try LoopbackServer(routes: routes)
        defer { server.stop() }
        let host = "127.0.0.1:\(server.port)"
        let text = try String(contentsOfFile: Self.export, encoding: .utf8)
            .replacingOccurrences(of: "www.buses.example", with: host).replacingOccurrences(
                of: "buses.example", with: host
            )
            .replacingOccurrences(of: "https://", with: "http://")
        let site = try TestSite(minimalConfig)
        defer { site.removeAll() }
        try site.write(text, to: "export.xml")
        var sources = MediaSources(fetch: true, maxBytes: 1_000)
        sources.fetcher = MediaFetcher.Settings(
            concurrency: 4, timeout: 1, totalTimeout: 10, attempts: 2, retryDelay: 0.05)
        let summary = try WordPressImporter(content: site.root + "/content", media: sources).run(
            site.root + "/export.xml")
        #expect(summary.media == 10)
        let missing = try site.read("content/import-missing-media.txt").split(separator: "\n").filter {
            !$0.hasPrefix("#")
        }
        .map { $0.split(separator: "\t").prefix(2).joined(separator: " | ") }
        let uploads = server.base + "/wp-content/uploads"
        #expect(
            missing == [
                "\(uploads)/2018/07/background.jpg | download: it has 5000 bytes, more than the 1000 allowed",
                "\(uploads)/2018/05/diagram.svg | not brought: a .svg file can hold scripts, which run when it is opened on its own",
                "\(uploads)/2018/05/gone.jpg | download: the server answered 404",
                "\(uploads)/2018/06/sign.jpg | download: the server did not answer within 1 s (after 2 tries)",
                "\(uploads)/2018/08/petition.jpg | download: the server sent text/html, not an image",
            ])
        #expect(try site.read("content/posts/the-board-listened/crowd.jpg") == "2018/06/crowd.jpg\n")
        #expect(try site.read("content/posts/number-9/route-map.png") == "2018/05/route-map.png\n")
        #expect(
            try site.read("content/posts/number-9/index.md").contains(
                "srcset=\"/posts/number-9/bus-stop-300x200.jpg 300w, /posts/number-9/bus-stop.jpg 1500w\""))
        #expect(server.requests.contains("/wp-content/uploads/2018/05/bus-stop-1024x683.jpg"))
    }

    @Test func aClassicGalleryBecomesAFigureOfTheBroughtImages() async throws {
        func attachment(_ id: String, _ name: String) -> String {
            """
            <item><title>\(name) &amp;amp; co</title><link>https://old.example/?attachment_id=\(id)</link>\
            <wp:post_id>\(id)</wp:post_id><wp:post_parent>1</wp:post_parent><wp:post_type>attachment</wp:post_type>\
            <wp:attachment_url>https://old.example/wp-content/uploads/2019/04/\(name).jpg</wp:attachment_url></item>
            """
        }
        let export = InlineExport.wxr(items: [
            InlineExport.post(
                id: "1", slug: "walk",
                body:
                    "<p>Our walk:</p>\n\n[gallery columns=\"2\"]\n\nAnd by file: [gallery ids=\"3, 2\" link=\"file\"]",
                extra: "<link>https://old.example/2019/04/walk/</link>"),
            attachment("2", "start"), attachment("3", "finish"),
        ])
        let site = try TestSite(minimalConfig)
        defer { site.removeAll() }
        try site.write(export, to: "export.xml")
        for name in ["start", "finish"] { try site.write(name, to: "uploads/2019/04/\(name).jpg") }
        _ = try WordPressImporter(
            content: site.root + "/content", media: MediaSources(directory: site.root + "/uploads")
        ).run(site.root + "/export.xml")
        let post = try site.read("content/posts/walk/index.md")
        let start = "<img src=\"/posts/walk/start.jpg\" alt=\"start &amp; co\">"
        let finish = "<img src=\"/posts/walk/finish.jpg\" alt=\"finish &amp; co\">"
        #expect(
            post.contains(
                "<figure class=\"wp-block-gallery\">\n<figure class=\"wp-block-image\"><a href=\"/posts/walk/start.jpg\">"
                    + start + "</a></figure>\n<figure class=\"wp-block-image\"><a href=\"/posts/walk/finish.jpg\">"
                    + finish
                    + "</a></figure>\n</figure>"))
        #expect(
            post.contains(
                "<a href=\"/posts/walk/finish.jpg\">\(finish)</a></figure>\n<figure class=\"wp-block-image\"><a href=\"/posts/walk/start.jpg\">\(start)"
            ))
        #expect(!post.contains("[gallery"))
        try await site.build()
        await #expect(try SiteChecker(BuildOptions(source: site.root)).check().passed)
    }
}
