import Foundation

/// `sitemap.xml` (every page, with `lastmod` from content) and `robots.txt` (allow all, pointing at the sitemap).
struct SitemapWriter: Sendable {
    let urls: URLs
    let dates: DateStyle

    /// The two files, listing `pages`.
    func files(for pages: [SitemapEntry]) -> [OutputFile] {
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        ]
        for entry in pages.sorted(by: { $0.path < $1.path }) {
            let page = String(entry.path.dropLast("index.html".count))
            let modified = entry.modified.map { "<lastmod>\(dates.iso($0))</lastmod>" } ?? ""
            // Sitemaps want URIs: a slug in another script is percent-encoded.
            let location = urls.absolute(URLs.percentEncoded(page))
            lines.append("<url><loc>\(AtomFeed.escape(location))</loc>\(modified)</url>")
        }
        lines.append("</urlset>")
        let robots = "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute("sitemap.xml"))\n"
        return [
            OutputFile(path: "sitemap.xml", text: lines.joined(separator: "\n") + "\n"),
            OutputFile(path: "robots.txt", text: robots),
        ]
    }
}

extension SitemapEntry {
    /// The entry for a file the sitemap lists, `nil` for the others.
    init?(_ file: OutputFile) {
        guard file.sitemap.listed else { return nil }
        self.init(path: file.path, modified: file.sitemap.modified)
    }
}
