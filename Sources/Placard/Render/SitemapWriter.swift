import Foundation

/// `sitemap.xml` (every page, with `lastmod` from content) and `robots.txt` (allow all, pointing at the sitemap).
struct SitemapWriter: Sendable {
    let urls: URLs
    let dates: DateStyle

    /// The two files, for the pages among `files` that are listed.
    func files(for files: [OutputFile]) -> [OutputFile] {
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        ]
        for file in files.sorted(by: { $0.path < $1.path }) where file.sitemap.listed {
            let page = String(file.path.dropLast("index.html".count))
            let modified = file.sitemap.modified.map { "<lastmod>\(dates.iso($0))</lastmod>" } ?? ""
            lines.append("<url><loc>\(AtomFeed.escape(urls.absolute(page)))</loc>\(modified)</url>")
        }
        lines.append("</urlset>")
        let robots = "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute("sitemap.xml"))\n"
        return [
            OutputFile(path: "sitemap.xml", text: lines.joined(separator: "\n") + "\n"),
            OutputFile(path: "robots.txt", text: robots),
        ]
    }
}
