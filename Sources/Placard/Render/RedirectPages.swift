import CommonMark
import Foundation
import Markup
import Templates

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

    /// Writes the redirect pages and both rule files for `table`'s aliases. The rule files are written even when the
    /// site has no alias, so that a server configuration that includes them always finds them.
    func files(_ table: AliasTable, into write: (OutputFile) -> Void) {
        for entry in table.entries {
            guard let path = entry.alias.pageFile else { continue }
            var file = OutputFile(path: path, data: page(entry))
            file.source = entry.source
            write(file)
        }
        let rules = RedirectRules(root: urls.root, entries: table.entries)
        write(OutputFile(path: RedirectRules.netlifyFile, text: rules.netlify()))
        write(OutputFile(path: RedirectRules.nginxFile, text: rules.nginx()))
    }

    /// The page written at an alias's path, as bytes appended to one buffer, as templates are.
    func page(_ entry: AliasTable.Entry) -> Data {
        let link = HTML.escapeAttribute(URLs.percentEncoded(urls.root + entry.target))
        let title = HTML.escape(entry.title)
        var output = TemplateOutput(capacity: 1024)
        output.append("<!DOCTYPE html>\n<html lang=\"")
        output.append(HTML.escapeAttribute(language))
        output.append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
        output.append(HTML.escape(policy))
        output.append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        output.append("<meta name=\"robots\" content=\"noindex\">\n<title>Moved: ")
        output.append(title)
        output.append(" · ")
        output.append(HTML.escape(siteTitle))
        output.append("</title>\n<link rel=\"canonical\" href=\"")
        output.append(HTML.escapeAttribute(urls.absolute(URLs.percentEncoded(entry.target))))
        output.append("\">\n<meta http-equiv=\"refresh\" content=\"0; url=")
        output.append(link)
        output.append("\">\n</head>\n<body>\n<main>\n<h1>This page has moved</h1>\n<p>It is now at <a href=\"")
        output.append(link)
        output.append("\">")
        output.append(title)
        output.append("</a>.</p>\n</main>\n</body>\n</html>\n")
        return output.withBytes { Data($0) }
    }
}
