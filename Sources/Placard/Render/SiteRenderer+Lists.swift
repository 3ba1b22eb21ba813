import Foundation
import Templates

extension SiteRenderer {
    /// One page per tag of the posts in `language`, listing its posts newest first (a post listed in another
    /// language has its tag pages there).
    /// - Parameters:
    ///   - posts: the language's listed posts.
    ///   - summaries: each post's summary context, rendered once for the index.
    func tagPages(
        _ posts: [Post], _ summaries: [TemplateValue], in language: LocalizedSite, into write: (OutputFile) -> Void
    ) throws(BuildFailure) {
        let listed = zip(posts, summaries).filter { post, _ in post.language == language.code }
        let prefix = language.urls.prefix
        for tag in SiteIndex.tags(of: listed.map(\.0)) {
            let (slug, name) = (tag.slug, tag.name)
            let heading = language.strings.phrase("tag_heading", ["tag": name])
            try listPages(
                tag.posts.map { listed[$0].1 },
                url: { page in page == 1 ? "\(prefix)tags/\(slug)/" : "\(prefix)tags/\(slug)/page/\(page)/" },
                template: "tag", title: language.strings.phrase("tag_title", ["tag": name]),
                extra: TemplateFields([.tag: .fields([.name: .text(name), .heading: .text(heading)])]),
                modified: tag.modified, in: language, into: write)
        }
    }

    /// A list of posts split over pages (``Pagination``).
    /// - Parameter alternates: the first page's versions in the other languages.
    func listPages(
        _ posts: [TemplateValue], url: (Int) -> String, template: String, title: String, extra: TemplateFields,
        modified: Date?, in language: LocalizedSite, alternates: [PageAlternate] = [],
        into write: (OutputFile) -> Void
    ) throws(BuildFailure) {
        let pagination = Pagination(count: posts.count)
        let count = pagination.pages
        for page in 1...count {
            var context = extra
            context[.posts] = .list(TemplateArray(Array(posts[pagination.posts(onPage: page)])))
            context[.pagination] = .fields([
                .hasPages: .bool(count > 1), .page: .int(page), .pages: .int(count),
                .hasPrevious: .bool(page > 1), .previousURL: .text(page > 1 ? urls.link(url(page - 1)) : ""),
                .hasNext: .bool(page < count), .nextURL: .text(page < count ? urls.link(url(page + 1)) : ""),
                .label: .text(language.strings.phrase("page_of", ["page": String(page), "pages": String(count)])),
            ])
            let pageTitle =
                page == 1 ? title : language.strings.phrase("list_page_title", ["title": title, "page": String(page)])
            var file = try render(
                template, url: url(page), title: pageTitle, context, in: language,
                alternates: page == 1 ? alternates : [])
            file.sitemap = (true, modified)
            write(file)
        }
    }

    /// A standalone page in `language`: the page itself in the default language, its translation in another (none
    /// when it has no translation into it).
    func pageFiles(_ page: Page, in language: LocalizedSite, into write: (OutputFile) -> Void) throws(BuildFailure) {
        let version: Page
        var source = "content/pages/\(page.name).md"
        if language.isDefault {
            version = page
        } else if let translation = page.translations.first(where: { $0.language == language.code }) {
            version = page.translated(translation)
            source = translation.body.path
        } else {
            return
        }
        var ids = HeadingIDs()
        let body = language.markdown.allowingRawHTML(version.rawHTML).html(version.body, ids: &ids)
        let context = TemplateFields([.page: .fields([.title: .text(version.title), .bodyHTML: .text(body)])])
        let alternates =
            [PageAlternate(language: main.code, url: main.urls.page(page))]
            + page.translations.compactMap { translation in
                languages[translation.language].map { PageAlternate(language: $0.code, url: $0.urls.page(page)) }
            }
        var file = try render(
            "page", url: language.urls.page(version), title: version.title, context, in: language,
            alternates: alternates)
        file.sitemap = (true, nil)
        file.source = source
        write(file)
    }
}
