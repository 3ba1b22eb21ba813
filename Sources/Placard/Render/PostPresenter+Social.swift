import Foundation
import Templates

extension PostPresenter {
    /// The description for meta tags: the summary, or the body's first paragraph cut near 160 characters.
    func description(_ rendered: Rendered) -> String {
        SocialContext.description(summary: post.summary) { rendered.firstParagraph }
    }

    /// The preview image as an absolute URL: a file beside the post, or an absolute URL as written.
    var imageURL: String? {
        guard let image = post.image, !image.isEmpty else { return nil }
        if image.hasPrefix("https://") || image.hasPrefix("http://") { return image }
        return urls.absolute(urls.post(post) + image)
    }

    /// The keys the post and update templates use for `<head>` and share links.
    /// - Parameter description: the post's ``description``, computed once per post by the caller since it may
    ///   parse the body again.
    func social(
        title: String, url: String, published: Date, modified: Date, headline: String, description: String
    ) -> TemplateFields {
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "BlogPosting",
            "headline": headline, "url": url, "mainEntityOfPage": url,
            "datePublished": dates.iso(published), "dateModified": dates.iso(modified),
            "description": description, "commentCount": post.comments.archivedCount,
            "isPartOf": ["@type": "Blog", "name": siteTitle, "url": urls.absolute(urls.prefix)],
        ]
        if let author = author {
            object["author"] = ["@type": "Person", "name": author.name].merging(author.url.map { ["url": $0] } ?? [:]) {
                $1
            }
        }
        if let imageURL { object["image"] = imageURL }
        let share = SocialContext.shareLinks(title: title, url: url)
        return TemplateFields([
            .description: .text(description), .jsonLD: .text(SocialContext.jsonLD(object)),
            .share: .fields([
                .email: .text(share["email"]!), .x: .text(share["x"]!), .facebook: .text(share["facebook"]!),
                .bluesky: .text(share["bluesky"]!), .linkedin: .text(share["linkedin"]!),
                .whatsapp: .text(share["whatsapp"]!),
            ]),
            .publishedISO: .text(dates.iso(published)), .modifiedISO: .text(dates.iso(modified)),
            .feedURL: .text(urls.link(urls.post(post) + "feed.xml")),
            .imageURL: .text(imageURL ?? ""), .hasImage: .bool(imageURL != nil),
        ])
    }

    /// The post's feed entries: the post itself, and each update, with every URL made absolute.
    func feedEntries(_ rendered: Rendered) -> [FeedEntry] {
        let host = URL(string: urls.base)?.host ?? "localhost"
        let day = dates.dayString(post.date)
        let postURL = urls.absolute(urls.post(post))
        var entries = [
            FeedEntry(
                id: "tag:\(host),\(day):\(urls.post(post))", title: post.title, url: postURL,
                published: post.date, updated: post.modified,
                html: URLAbsolutizer(page: postURL)?.absolutize(rendered.body) ?? rendered.body, summary: post.summary,
                language: post.language
            )
        ]
        for (update, body) in zip(post.updates, rendered.updates) {
            let url = urls.absolute(urls.update(update, of: post))
            entries.append(
                FeedEntry(
                    id: "tag:\(host),\(day):\(urls.update(update, of: post))",
                    title: updateTitle(update), url: url, published: update.date, updated: update.date,
                    html: URLAbsolutizer(page: url)?.absolutize(body) ?? body, summary: nil, language: post.language
                ))
        }
        return entries
    }

    /// "Update, June 15: Actions to #KeepFamiliesTogether … — #WhereAreTheChildren: How to Help".
    func updateTitle(_ update: Update) -> String {
        strings.phrase(
            "update_title", ["day": dates.shortDay(update.date), "update": update.title, "post": post.title])
    }
}
