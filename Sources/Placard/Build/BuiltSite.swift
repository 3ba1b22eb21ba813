/// The last good build of a site: what it read, the index its lists were rendered from, and the files that are not a
/// post's own. `placard serve` keeps it, so that a save renders only what it affects.
package struct BuiltSite: Sendable {
    package var inputs: SiteInputs
    var index: SiteIndex
    /// The files that are not a post's own: lists, feeds, pages, assets, static files, the sitemap.
    var siteFiles: Set<String>

    /// The site as its lists show it: settings, pages, static files, and the posts that built, newest first, without
    /// their text.
    package var site: Site {
        var site = inputs.outline.site
        site.posts = index.posts
        return site
    }

    /// The content's warnings, in file order.
    package var warnings: [Diagnostic] { (inputs.diagnostics + index.diagnostics.values.flatMap { $0 }).sorted() }

    /// How many files the output holds, and how many of them are HTML pages.
    var counts: (files: Int, pages: Int) {
        // Counted, not collected into one set: a post's files are below its own folder, apart from the site's files,
        // and a set of every path made each one-comment rebuild hash the whole site's 5,000 paths of 1,000 posts.
        var files = siteFiles.count
        var pages = siteFiles.count { $0.hasSuffix(".html") }
        for digest in index.digests.values {
            files += digest.files.count
            pages += digest.htmlFiles
        }
        return (files, pages)
    }
}
