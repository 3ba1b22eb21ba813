/// Small WordPress exports written in tests.
enum InlineExport {
    static func wxr(version: String = "1.2", authors: String = "", items: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/\(version)/excerpt/"
            xmlns:content="http://purl.org/rss/1.0/modules/content/"
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/\(version)/">
        <channel>
        <title>Site</title>
        \(authors)
        \(items.joined(separator: "\n"))
        </channel>
        </rss>

        """
    }

    static func author(id: String, login: String) -> String {
        "<wp:author><wp:author_id>\(id)</wp:author_id><wp:author_login><![CDATA[\(login)]]></wp:author_login>"
            + "<wp:author_email>\(login)@example.net</wp:author_email></wp:author>"
    }

    static func post(
        id: String, slug: String, title: String? = nil, type: String = "post", status: String = "publish",
        creator: String = "admin", body: String = "<p>Body.</p>", extra: String = "", comments: [String] = []
    ) -> String {
        """
        <item>
        <title>\(title ?? "Post \(id)")</title>
        <dc:creator>\(creator)</dc:creator>
        <content:encoded><![CDATA[\(body)]]></content:encoded>
        <excerpt:encoded><![CDATA[]]></excerpt:encoded>
        <wp:post_id>\(id)</wp:post_id>
        <wp:post_date_gmt>2020-01-0\(id.last ?? "1") 10:00:00</wp:post_date_gmt>
        <wp:post_name>\(slug)</wp:post_name>
        <wp:status>\(status)</wp:status>
        <wp:post_type>\(type)</wp:post_type>
        \(extra)
        \(comments.joined(separator: "\n"))
        </item>
        """
    }

    static func comment(
        id: String, parent: String = "0", approved: String = "1", user: String = "0", type: String = "",
        author: String = "Reader", content: String = "Hello."
    ) -> String {
        """
        <wp:comment>
        <wp:comment_id>\(id)</wp:comment_id>
        <wp:comment_author><![CDATA[\(author)]]></wp:comment_author>
        <wp:comment_author_email>reader\(id)@example.com</wp:comment_author_email>
        <wp:comment_author_url>https://reader.example/</wp:comment_author_url>
        <wp:comment_author_IP>192.0.2.\(id)</wp:comment_author_IP>
        <wp:comment_date_gmt>2020-02-01 10:00:0\(id.last ?? "0")</wp:comment_date_gmt>
        <wp:comment_content><![CDATA[\(content)]]></wp:comment_content>
        <wp:comment_approved>\(approved)</wp:comment_approved>
        <wp:comment_type>\(type)</wp:comment_type>
        <wp:comment_parent>\(parent)</wp:comment_parent>
        <wp:comment_user_id>\(user)</wp:comment_user_id>
        </wp:comment>
        """
    }
}
