import Foundation

/// `sitemap.xml` (every page, with `lastmod` from content) and `robots.txt` (allow all, pointing at the sitemap).
struct SitemapWriter: Sendable {
    let urls: URLs
    let dates: DateStyle
    /// The site's default language, the `x-default` version of a page in several.
    var defaultLanguage = "en"

    /// The two files, listing `pages`.
    func files(for pages: [SitemapEntry]) -> [OutputFile] {
        let hasAlternates = pages.contains { !$0.alternates.isEmpty }
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            hasAlternates
                ? #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"#
                : #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        ]
        for entry in pages.sorted(by: { $0.path < $1.path }) {
            let page = String(entry.path.dropLast("index.html".count))
            let modified = entry.modified.map { "<lastmod>\(dates.iso($0))</lastmod>" } ?? ""
            // Sitemaps want URIs: a slug in another script is percent-encoded.
            let location = urls.absolute(URLs.percentEncoded(page))
            lines.append("<url><loc>\(AtomFeed.escape(location))</loc>\(modified)\(links(entry.alternates))</url>")
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
        self.init(path: file.path, modified: file.sitemap.modified, alternates: file.alternates)
    }
}

extension SitemapWriter {
    /// `<xhtml:link rel="alternate" hreflang="…" href="…"/>` for each version of a page, itself included, and
    /// `x-default` for the default language's.
    func links(_ alternates: [PageAlternate]) -> String {
        guard !alternates.isEmpty else { return "" }
        var links = ""
        func link(_ language: String, _ url: String) {
            let href = AtomFeed.escape(urls.absolute(URLs.percentEncoded(url)))
            links += #"<xhtml:link rel="alternate" hreflang="\#(AtomFeed.escape(language))" href="\#(href)"/>"#
        }
        for alternate in alternates { link(alternate.language, alternate.url) }
        if let fallback = alternates.first(where: { $0.language == defaultLanguage }) {
            link("x-default", fallback.url)
        }
        return links
    }
}
