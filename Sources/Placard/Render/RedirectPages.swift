import CommonMark

/// What the build writes for the site's old addresses (front matter `aliases:`): a small page at each old path that
/// sends the reader on, and the same redirects as 301 rules in `_redirects` (Netlify, Cloudflare Pages) and in
/// `_redirects.nginx` (an include for `deploy/nginx.conf`).
///
/// A redirect page needs no template, so every theme gets the same one: the site's language, its
/// Content-Security-Policy, `noindex`, a canonical link and a refresh to the new address on the same site, and a link
/// to it for a reader whose browser does not follow the refresh.
struct RedirectPages: Sendable {
    let urls: URLs
    let language: String
    let siteTitle: String
    /// The Content-Security-Policy of the theme's pages (``ThemePolicy``).
    let policy: String

    /// The redirect pages and both rule files for `table`'s aliases. The rule files are written even when the site
    /// has no alias, so that a server configuration that includes them always finds them.
    func files(_ table: AliasTable) -> [OutputFile] {
        var files: [OutputFile] = []
        for entry in table.entries {
            guard let path = entry.alias.pageFile else { continue }
            var file = OutputFile(path: path, text: page(entry))
            file.source = entry.source
            files.append(file)
        }
        let rules = RedirectRules(root: urls.root, entries: table.entries)
        files.append(OutputFile(path: RedirectRules.netlifyFile, text: rules.netlify()))
        files.append(OutputFile(path: RedirectRules.nginxFile, text: rules.nginx()))
        return files
    }

    /// The page written at an alias's path.
    func page(_ entry: AliasTable.Entry) -> String {
        let link = HTML.escapeAttribute(URLs.percentEncoded(urls.root + entry.target))
        let canonical = HTML.escapeAttribute(urls.absolute(URLs.percentEncoded(entry.target)))
        let title = HTML.escape(entry.title)
        return """
            <!DOCTYPE html>
            <html lang="\(HTML.escapeAttribute(language))">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(HTML.escape(policy))">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Moved: \(title) · \(HTML.escape(siteTitle))</title>
            <link rel="canonical" href="\(canonical)">
            <meta http-equiv="refresh" content="0; url=\(link)">
            </head>
            <body>
            <main>
            <h1>This page has moved</h1>
            <p>It is now at <a href="\(link)">\(title)</a>.</p>
            </main>
            </body>
            </html>

            """
    }
}
