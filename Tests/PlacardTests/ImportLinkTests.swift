import Foundation
import Testing

@testable import Placard
@testable import PlacardImport

/// The pieces of an import's link rewriting: which addresses are the old site's, how post HTML and CSS are edited
/// (only the URLs, and never into markup), which files are resized copies, and the names media files get.
@Suite struct ImportLinkTests {
    static let site = WordPressSite(
        channel: ["link": "https://buses.example/blog", "wp:base_blog_url": "https://buses.example/blog"], links: [])

    @Test(arguments: [
        ("https://buses.example/blog/2018/05/24/number-9/", "/blog/2018/05/24/number-9", nil),
        ("http://www.buses.example/blog/2018/05/24/number-9", "/blog/2018/05/24/number-9", nil),
        ("HTTPS://WWW.Buses.Example:443/blog/2018/05/24/Number-9/#comments", "/blog/2018/05/24/number-9", "comments"),
        ("//buses.example/blog/caf%C3%A9/", "/blog/café", nil),
        ("/blog/café", "/blog/café", nil),
        ("https://buses.example/blog/?p=10", "#10", nil),
        ("https://buses.example/blog/index.php?utm_source=x&p=10#respond", "#10", "respond"),
        ("/?page_id=12", "#12", nil),
        ("https://buses.example/?attachment_id=22", "#22", nil),
    ])
    func readsEveryFormOfAnOldAddress(url: String, address: String, fragment: String?) throws {
        let (found, foundFragment) = try #require(Self.site.address(of: url))
        switch found {
        case .id(let id): #expect("#" + id == address)
        case .path(let path): #expect(path == address)
        }
        #expect(foundFragment == fragment)
    }

    @Test(arguments: ["https://other.example/blog/2018/", "relative/path/", "mailto:kim@buses.example", "#top", ""])
    func leavesOtherAddresses(url: String) {
        #expect(Self.site.address(of: url) == nil)
    }

    @Test func editsOnlyTheURLsAndNeverIntoMarkup() {
        let html = """
            <p class=x data-a='1'>Text &amp; <a href='/old/' title="t">one</a> <a href=/old/>two</a>\
            <a href="&#104;ttps://buses.example/old/">three</a><a href="/keep/">keep</a></p>
            <!-- <a href="/old/">in a comment</a> --><script>var a = '<a href="/old/">';</script>
            <img src="/old/" alt="x" srcset="/old/ 1x, /drop/ 2x, /keep/ 3x" sizes="50vw">
            <img src="/keep/" srcset="/drop/ 1x" sizes="50vw" alt="y">
            """
        let edited = PostHTMLEditor.rewrite(html) { url, use in
            switch url {
            case "/old/", "https://buses.example/old/": .replace("/new/\"><script>alert(1)</script>")
            case "/drop/": use == .candidate ? .drop : .keep
            default: .keep
            }
        }
        let escaped = "\"/new/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""
        #expect(
            edited == """
                <p class=x data-a='1'>Text &amp; <a href=\(escaped) title="t">one</a> <a href=\(escaped)>two</a>\
                <a href=\(escaped)>three</a><a href="/keep/">keep</a></p>
                <!-- <a href="/old/">in a comment</a> --><script>var a = '<a href="/old/">';</script>
                <img src=\(escaped) alt="x" srcset="/new/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; 1x, /keep/ 3x" sizes="50vw">
                <img src="/keep/" alt="y">
                """)
        #expect(PostHTMLEditor.rewrite(html) { _, _ in .keep } == html)
    }

    /// The `style` attributes of WordPress's own importer test data (wxr-css-urls.xml), in our words.
    @Test(arguments: [
        ("background-image: url('https://a/u/bg1.jpg')", "background-image: url(\"/n/bg1.jpg\")"),
        ("background-image: url(\"https://a/u/bg2.jpg\")", "background-image: url(\"/n/bg2.jpg\")"),
        ("background-image: url(https://a/u/bg3.jpg)", "background-image: url(\"/n/bg3.jpg\")"),
        (
            "background: /* url(https://a/u/bg4.jpg) */ url( 'https://a/u/bg4.jpg' ) no-repeat",
            "background: /* url(https://a/u/bg4.jpg) */ url(\"/n/bg4.jpg\") no-repeat"
        ),
        (
            "content: \"a url(https://a/u/bg5.jpg) in a string\"; background: url(https://a/u/bg5.jpg)",
            "content: \"a url(https://a/u/bg5.jpg) in a string\"; background: url(\"/n/bg5.jpg\")"
        ),
        ("background-image: url('https://a/u/bg\\28special\\29.jpg')", "background-image: url(\"/n/bg(special).jpg\")"),
        ("background: url(data:image/png;base64,iVBORw0K)", "background: url(data:image/png;base64,iVBORw0K)"),
        (
            "background: url(https://a/u/bg8.jpg), URL('https://a/u/bg9.jpg')",
            "background: url(\"/n/bg8.jpg\"), url(\"/n/bg9.jpg\")"
        ),
        ("--my-url(https://a/u/x.jpg): 1", "--my-url(https://a/u/x.jpg): 1"),
        ("background: url(https://a/u/evil.jpg)", "background: url(\"/n/\\\"quote\\\\.jpg\")"),
    ])
    func rewritesCSSURLsAsCSSReadsThem(style: String, expected: String) {
        let rewritten = CSSURLEditor.rewrite(style) { url in
            guard url.hasPrefix("https://a/u/") else { return nil }
            return url.hasSuffix("evil.jpg") ? "/n/\"quote\\.jpg" : "/n/" + url.dropFirst("https://a/u/".count)
        }
        #expect(rewritten == expected)
    }

    @Test(arguments: [
        ("2018/05/photo-300x200.jpg", "2018/05/photo.jpg"), ("2018/05/photo-scaled.jpg", "2018/05/photo.jpg"),
        ("2018/05/my-photo-1024x683.JPG", "2018/05/my-photo.JPG"), ("2018/05/photo.jpg", nil),
        ("2018/05/photo-x200.jpg", nil), ("2018/05/-300x200.jpg", nil),
    ])
    func knowsWordPresssResizedCopies(key: String, original: String?) {
        let file = MediaFile(key: key, inUploads: true, url: "https://a/wp-content/uploads/" + key)
        #expect(file.original?.key == original)
        if let original { #expect(file.original?.url == "https://a/wp-content/uploads/" + original) }
    }

    @Test func mediaURLsAreTheOldSitesUploadsAndNothingThatLeavesThem() {
        let files = ["https://buses.example/files/map.png": ""]
        func key(_ url: String) -> String? { Self.site.media(url, attachments: files)?.key }
        #expect(key("https://buses.example/wp-content/uploads/2018/05/a.jpg?w=300") == "2018/05/a.jpg")
        #expect(key("/wp-content/uploads/2018/05/a%20b.jpg") == "2018/05/a b.jpg")
        #expect(key("https://busesblog.files.wordpress.com/2018/05/a.jpg") == "2018/05/a.jpg")
        #expect(key("https://i0.wp.com/buses.example/wp-content/uploads/2018/05/a.jpg") == "2018/05/a.jpg")
        #expect(key("https://buses.example/files/map.png") == "files/map.png")
        #expect(key("https://other.example/wp-content/uploads/2018/05/a.jpg") == nil)
        #expect(key("https://buses.example/wp-content/uploads/2018/../../../etc/passwd") == nil)
        #expect(key("https://buses.example/wp-content/uploads/2018/%2e%2e/x.jpg") == nil)
        #expect(key("https://buses.example/wp-content/uploads/2018/.htaccess") == nil)
        #expect(key("https://buses.example/about/") == nil)
    }

    @Test func mediaFilesGetSafeNamesOncePerFolder() {
        var names = MediaNames()
        func place(_ key: String, _ folder: String? = "posts/a") -> String {
            names.place(MediaFile(key: key, inUploads: true, url: ""), folder: folder).relative
        }
        #expect(place("2018/05/photo.jpg") == "posts/a/photo.jpg")
        #expect(place("2019/01/Photo.JPG") == "posts/a/Photo-2.jpg")
        #expect(place("2018/05/Ünïcode Photo (1).jpeg") == "posts/a/unicode-photo-1.jpeg")
        #expect(place("2018/05/index.md") == "posts/a/index-2.md")
        #expect(place("2018/05/updates") == "posts/a/updates-2")
        #expect(place("2018/05/photo.jpg", nil) == "static/media/2018/05/photo.jpg")
        #expect(place("2018/05/photo.jpg", nil) == "static/media/2018/05/photo-2.jpg")
    }
}
