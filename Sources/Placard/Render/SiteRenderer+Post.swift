import Foundation
import Templates

extension SiteRenderer {
    /// The post's pages in every language it has: its page, its archive pages, its update pages, its feed and the
    /// files beside it, then the same for each translation (which has no archive pages of its own); each file is
    /// handed to `write` as soon as it is made (so that memory holds one page, not all of a post's). Returns its feed
    /// entries, in every language.
    /// Only the site's settings and standalone pages are read, not the other posts, so posts render in any order.
    /// - Throws: when a template nests without end.
    func postFiles(_ post: Post, into write: (OutputFile) -> Void) throws(BuildFailure) -> [FeedEntry] {
        let versions =
            [(post, main)]
            + post.translations.compactMap { translation in
                languages[translation.language].map { (post.translated(translation), $0) }
            }
        let alternates = versions.map { PageAlternate(language: $1.code, url: $1.urls.post($0)) }
        var entries: [FeedEntry] = []
        for (version, language) in versions {
            var presenter = PostPresenter(post: version, language: language, dates: language.dates)
            if version.language != post.language { presenter.original = (post, main) }
            let updateAlternates = { (update: Update) in
                versions.filter { candidate, _ in candidate.updates.contains { $0.key == update.key } }.map {
                    PageAlternate(language: $1.code, url: $1.urls.update(update, of: $0))
                }
            }
            entries += try files(
                presenter, alternates: alternates, updateAlternates: updateAlternates,
                source: source(of: version, post),
                into: write)
        }
        return entries
    }

    /// The file a version of a post comes from: `index.md`, or the translation's `index.<code>.md`.
    private func source(of version: Post, _ post: Post) -> String {
        post.translation(version.language)?.path ?? post.folder + "/index.md"
    }

    /// One version's files.
    private func files(
        _ presenter: PostPresenter, alternates: [PageAlternate], updateAlternates: (Update) -> [PageAlternate],
        source: String, into write: (OutputFile) -> Void
    ) throws(BuildFailure) -> [FeedEntry] {
        let post = presenter.post
        let language = presenter.language
        let urls = language.urls
        let rendered = presenter.render()
        let context = TemplateValue.object(presenter.full(rendered))
        let postURL = urls.absolute(urls.post(post))
        let description = presenter.description(rendered)
        let social = presenter.social(
            title: post.title, url: postURL, published: post.date, modified: post.modified, headline: post.title,
            description: description)
        func emit(_ file: OutputFile) {
            var file = file
            file.source = source
            write(file)
        }
        if presenter.original == nil {
            try archivePages(presenter, context: context, social: social, alternates: alternates, into: emit)
        } else {
            let extra = TemplateFields([
                .post: context, .comments: .object(presenter.commentsNote()), .social: .object(social),
            ])
            var file = try render(
                "post", url: urls.post(post), title: post.title, extra, in: language, alternates: alternates)
            file.sitemap = (true, post.modified)
            emit(file)
        }
        for (offset, (update, body)) in zip(post.updates, rendered.updates).enumerated() {
            var updateContext = presenter.update(update, body: body)
            if offset > 0 { updateContext[.previous] = .object(presenter.update(post.updates[offset - 1], body: nil)) }
            if offset + 1 < post.updates.count {
                updateContext[.next] = .object(presenter.update(post.updates[offset + 1], body: nil))
            }
            let title = presenter.updateTitle(update)
            let updateSocial = presenter.social(
                title: title, url: urls.absolute(urls.update(update, of: post)), published: update.date,
                modified: update.date, headline: title, description: description)
            var file = try render(
                "update", url: urls.update(update, of: post), title: title,
                TemplateFields([.post: context, .update: .object(updateContext), .social: .object(updateSocial)]),
                in: language, alternates: updateAlternates(update))
            file.sitemap = (true, update.date)
            emit(file)
        }
        let entries = presenter.feedEntries(rendered)
        let folder = urls.post(post)
        emit(
            OutputFile(
                path: folder + "feed.xml", text: feed(entries, url: folder, title: post.title, in: language).xml()))
        for asset in post.assets {
            write(OutputFile(path: folder + asset, copying: "\(post.folder)/\(asset)"))
        }
        return entries
    }

    /// The original's page and its comments archive's later pages.
    private func archivePages(
        _ presenter: PostPresenter, context: TemplateValue, social: TemplateFields, alternates: [PageAlternate],
        into emit: (OutputFile) -> Void
    ) throws(BuildFailure) {
        let post = presenter.post
        let language = presenter.language
        let archive = CommentArchive(
            post: post, urls: language.urls, markdown: language.markdown, dates: language.dates,
            strings: language.strings, i18n: language.i18n, perPage: site.config.commentsPerPage)
        for number in archive.pages {
            let extra = TemplateFields([
                .post: context, .comments: .object(archive.context(page: number)), .social: .object(social),
            ])
            let title =
                number == 1
                ? post.title
                : language.strings.phrase("comments_page_title", ["title": post.title, "page": String(number)])
            var file = try render(
                number == 1 ? "post" : "comments", url: archive.url(ofPage: number), title: title, extra, in: language,
                alternates: number == 1 ? alternates : [])
            file.sitemap = (true, post.modified)
            emit(file)
        }
    }
}
