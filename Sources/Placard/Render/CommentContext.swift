import Templates

/// Comments by their index in the post's thread, as a list: `comments.threads`, `replies`, `comments.mentions`.
struct CommentList: TemplateList {
    let archive: CommentArchive
    let indices: [Int]

    var count: Int { indices.count }
    func element(at index: Int) -> TemplateValue { .object(CommentContext(archive: archive, index: indices[index])) }
}

/// One comment as the templates see it, read from the thread when a tag asks. Every key is answered on every
/// comment (`""` or `false` when it has none), so that a reply never shows its parent's value through Mustache's
/// lookup up the context stack.
struct CommentContext: TemplateContext {
    let archive: CommentArchive
    /// The comment's index in the post's thread.
    let index: Int

    func value(for key: Int) -> TemplateValue {
        // Fields are read in place: binding the whole entry would copy the comment, and retain each of its strings,
        // for every tag of every comment.
        let entries = archive.entries
        switch TemplateKey(number: key) {
        case .id: return .text(entries[index].comment.id)
        case .anchor: return text(.anchor)
        case .permalink: return text(.permalink)
        case .author: return .text(entries[index].comment.author ?? archive.anonymous)
        case .authorURL: return .text(CommentArchive.safeURL(entries[index].comment.authorURL) ?? "")
        case .hasAuthorURL: return .bool(CommentArchive.safeURL(entries[index].comment.authorURL) != nil)
        case .isPostAuthor: return .bool(entries[index].comment.role == .author)
        case .removed: return .bool(entries[index].comment.status == .removed)
        case .bodyHTML: return entries[index].comment.status == .removed ? .text("") : text(.body)
        case .replies: return .list(CommentList(archive: archive, indices: entries[index].replies))
        case .hasReplies: return .bool(!entries[index].replies.isEmpty)
        case .depth: return .int(entries[index].depth)
        case .inReplyTo:
            // The parent's author, read here rather than from `inReplyTo` so that an anonymous one is named in the
            // archive's language.
            guard let name = entries[index].inReplyTo else { return .text("") }
            guard let parent = entries[index].parent else { return .text(name) }
            return .text(entries[parent].comment.author ?? archive.anonymous)
        case .hasInReplyTo: return .bool(entries[index].inReplyTo != nil)
        case .inReplyToPermalink: return text(.parentLink)
        case .label: return text(.label)
        case .number: return .int(entries[index].number ?? 0)
        case .hasDate: return .bool(entries[index].comment.date != nil)
        case .date: return .text(entries[index].comment.date.map(archive.dates.readable) ?? "")
        case .dateISO: return .text(entries[index].comment.date.map(archive.dates.iso) ?? "")
        case .i18n: return archive.i18n
        default: return .missing
        }
    }

    private func text(_ kind: CommentText.Kind) -> TemplateValue {
        .custom(CommentText(archive: archive, index: index, kind: kind))
    }
}

/// A comment's value that is put together (or rendered from Markdown) as it is written into the page.
struct CommentText: TemplateText {
    enum Kind {
        /// `comment-<id>`.
        case anchor
        /// The link to the comment on the archive page that holds it.
        case permalink
        /// The link to the comment it answers, when it is shown away from its parent; empty otherwise.
        case parentLink
        /// "Comment 17 by Jeff", "Reply by David", "Comment 22 removed", "Mention by Another Blog".
        case label
        /// The comment's Markdown as HTML, straight from cmark.
        case body
    }

    let archive: CommentArchive
    let index: Int
    let kind: Kind

    var isEmpty: Bool {
        switch kind {
        case .parentLink: parent == nil
        case .body: archive.entries[index].comment.body.isEmpty
        default: false
        }
    }

    func write(to output: inout TemplateOutput, escaped: Bool) {
        let entries = archive.entries
        switch kind {
        case .anchor:
            output.append("comment-")
            output.append(entries[index].comment.id, escaped: escaped)
        case .permalink:
            link(to: index, id: entries[index].comment.id, &output, escaped: escaped)
        case .parentLink:
            if let (parent, id) = parent { link(to: parent, id: id, &output, escaped: escaped) }
        case .label:
            label(entries[index], &output, escaped: escaped)
        case .body:
            archive.markdown.withCommentHTML(entries[index].comment.body) { html in
                if escaped { output.appendEscaped(html) } else { output.append(html) }
            }
        }
    }

    /// The comment this one answers (its index and id), when the reply is shown away from it.
    private var parent: (index: Int, id: String)? {
        let entries = archive.entries
        guard entries[index].inReplyTo != nil, let parent = entries[index].parent,
            let id = entries[index].comment.parent
        else { return nil }
        return (parent, id)
    }

    /// `/posts/<slug>/comments/page/2/#comment-<id>`: the page that holds comment `target`, then its anchor.
    private func link(to target: Int, id: String, _ output: inout TemplateOutput, escaped: Bool) {
        output.append(archive.links[archive.pageOf[target] - 1], escaped: escaped)
        output.append("#comment-")
        output.append(id, escaped: escaped)
    }

    private func label(_ entry: CommentThread.Entry, _ output: inout TemplateOutput, escaped: Bool) {
        let labels = archive.labels
        let phrase =
            entry.comment.status == .removed
            ? labels.removed
            : entry.comment.isMention ? labels.mention : entry.number == nil ? labels.reply : labels.comment
        for part in phrase.parts {
            switch part {
            case .text(let text): output.append(text, escaped: escaped)
            case .value("number"): if let number = entry.number { output.append(number) }
            case .value("author"): output.append(entry.comment.author ?? archive.anonymous, escaped: escaped)
            case .value(let name): output.append("{\(name)}", escaped: escaped)
            }
        }
    }
}
