import Markup
import Templates

extension PostPresenter {
    /// For a translation, each of the original's updates it does not translate, oldest first: its date, its title,
    /// its page in the original's language, and `notice_html`, the sentence that says so ("This translation does not
    /// yet include the update of June 15, 2018 (in Spanish)."), with a link to it. None for an original.
    func missingUpdates() -> [TemplateFields] {
        guard let (original, originalLanguage) = self.original,
            let translation = original.translation(post.language)
        else { return [] }
        return original.untranslatedUpdates(translation).map { update in
            let url = originalLanguage.urls.link(originalLanguage.urls.update(update, of: original))
            let date = dates.readable(update.date)
            let time = "<time datetime=\"\(dates.iso(update.date))\">\(HTML.escape(date))</time>"
            let link =
                "<a href=\"\(HTML.escapeAttribute(url))\" hreflang=\"\(HTML.escapeAttribute(originalLanguage.code))\">"
                + strings.html("translation_behind_update", ["date": time]) + "</a>"
            let notice = strings.html(
                "translation_behind",
                ["update": link, "language": HTML.escape(language.languageName(originalLanguage.code))])
            return TemplateFields([
                .date: .text(date), .dateISO: .text(dates.iso(update.date)), .title: .text(update.title),
                .url: .text(url), .noticeHTML: .text(notice),
            ])
        }
    }

    /// What a translation's page shows where the original's comments archive is: a note with its count and a link to
    /// it (`comments.elsewhere`, `comments.note_html`); nothing when the original shows no archive.
    func commentsNote() -> TemplateFields {
        guard let (original, originalLanguage) = self.original, original.commentsMode != .hidden,
            !original.comments.entries.isEmpty
        else { return TemplateFields([.shown: .bool(false), .elsewhere: .bool(false)]) }
        let count = original.comments.archivedCount
        let url = originalLanguage.urls.link(originalLanguage.urls.post(original)) + "#comments"
        let name = HTML.escape(language.languageName(originalLanguage.code))
        let link =
            "<a href=\"\(HTML.escapeAttribute(url))\" hreflang=\"\(HTML.escapeAttribute(originalLanguage.code))\">"
            + strings.html("translation_comments_link", ["language": name]) + "</a>"
        let note = strings.html(
            count == 1 ? "translation_comments_one" : "translation_comments_other",
            ["count": String(count), "link": link])
        return TemplateFields([
            .shown: .bool(false), .elsewhere: .bool(true), .count: .int(count), .url: .text(url),
            .noteHTML: .text(note),
        ])
    }
}
