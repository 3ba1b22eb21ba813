import Foundation
import Templates

extension SiteRenderer {
    /// The post page, its archive pages, its update pages, its feed and the files beside it, each handed to `write`
    /// as soon as it is made (so that memory holds one page, not all of a post's); returns its feed entries.
    /// Only the site's settings and standalone pages are read, not the other posts, so posts render in any order.
    /// - Throws: when a template nests without end.
    func postFiles(_ post: Post, into write: (OutputFile) -> Void) throws(BuildFailure) -> [FeedEntry] {
        let presenter = presenter(post)
        let rendered = presenter.render()
        let context = TemplateValue.object(presenter.full(rendered))
        let postURL = urls.absolute(urls.post(post))
        let description = presenter.description(rendered)
        let social = presenter.social(
            title: post.title, url: postURL, published: post.date, modified: post.modified, headline: post.title,
            description: description)
        let archive = CommentArchive(
            post: post, urls: urls, markdown: markdown, dates: dates, perPage: site.config.commentsPerPage)
        for number in archive.pages {
            let extra = TemplateFields([
                .post: context, .comments: .object(archive.context(page: number)), .social: .object(social),
            ])
            let title = number == 1 ? post.title : "\(post.title): comments, page \(number)"
            var file = try render(
                number == 1 ? "post" : "comments", url: archive.url(ofPage: number), title: title, extra)
            file.sitemap = (true, post.modified)
            write(file)
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
                TemplateFields([.post: context, .update: .object(updateContext), .social: .object(updateSocial)]))
            file.sitemap = (true, update.date)
            write(file)
        }
        let entries = presenter.feedEntries(rendered)
        write(
            OutputFile(
                path: "posts/\(post.slug)/feed.xml", text: feed(entries, url: urls.post(post), title: post.title).xml())
        )
        for asset in post.assets {
            write(OutputFile(path: "posts/\(post.slug)/\(asset)", copying: "\(post.folder)/\(asset)"))
        }
        return entries
    }
}
