import Foundation

/// A post's comments archive as template contexts: threads split over pages of `per_page` top-level threads (a
/// thread is never split), each comment with its permalink to the page that holds it.
struct CommentArchive {
    /// One page of the archive.
    struct Page {
        /// 1 for the post page itself.
        var number: Int
        /// The page's URL.
        var url: String
        /// The context the templates get as `comments`.
        var context: [String: Any]
    }

    let post: Post
    let urls: URLs
    let markdown: MarkdownRenderer
    let dates: DateStyle
    let perPage: Int

    /// The archive's pages; one page (possibly empty) when there are few comments. Each page's context is made when
    /// it is reached, so that a long archive's comments are never all held as contexts at once.
    func pages() -> some Sequence<Page> {
        let thread = post.comments
        let chunks = stride(from: 0, to: max(thread.topLevel.count, 1), by: perPage).map {
            Array(thread.topLevel[$0..<min($0 + perPage, thread.topLevel.count)])
        }
        var pageOf: [Int: Int] = [:]
        for (offset, chunk) in chunks.enumerated() {
            for top in chunk { mark(top, page: offset + 1, in: thread, &pageOf) }
        }
        let links = chunks.indices.map { urls.link(urls.comments(of: post, page: $0 + 1)) }
        // Counted once: counting every comment again for each page made a 4,000-page archive quadratic.
        let header = header(thread)
        return chunks.enumerated().lazy.map { offset, chunk in
            let number = offset + 1
            var context = header
            context["threads"] = chunk.map { comment($0, thread, pageOf) }
            context["start"] = chunk.first.flatMap { thread.entries[$0].number } ?? 1
            context["mentions"] = number == 1 ? thread.mentions.map { comment($0, thread, pageOf) } : []
            context["has_mentions"] = number == 1 && !thread.mentions.isEmpty
            context["pagination"] = pagination(current: number, links: links)
            context["page"] = number
            context["pages"] = chunks.count
            return Page(number: number, url: urls.comments(of: post, page: number), context: context)
        }
    }

    /// Records the page of a top-level comment and of all its replies, without recursion.
    private func mark(_ top: Int, page: Int, in thread: CommentThread, _ pageOf: inout [Int: Int]) {
        var pending = [top]
        while let index = pending.popLast() {
            pageOf[index] = page
            pending += thread.entries[index].replies
        }
    }

    /// What every page of the archive says: how many comments it holds, that comments are closed.
    private func header(_ thread: CommentThread) -> [String: Any] {
        let count = thread.archivedCount
        let noun = count == 1 ? "comment" : "comments"
        var counted = "\(count) \(noun) archived"
        if let original = post.originalCommentCount, original > count {
            counted = "\(count) of \(original) comments archived"
        }
        return [
            "shown": post.commentsMode != .hidden && !thread.entries.isEmpty,
            "count": count,
            "summary": "\(counted) · Comments are closed",
        ]
    }

    /// The page links around the current page: the first and last pages, and two on each side of the current one, as
    /// WordPress's `paginate_links` shows them (its `end_size` 1, `mid_size` 2); a gap between them is one `gap`
    /// item (shown as "…"), or the page itself when it would hide only one. Every page of an archive of 4,000 pages
    /// listing all 4,000 links made the archive quadratic.
    private func pagination(current: Int, links: [String]) -> [String: Any] {
        var items: [[String: Any]] = []
        var last = 0
        for number in Self.window(current: current, pages: links.count) {
            if number > last + 1 { items.append(["gap": true, "number": 0, "url": "", "current": false]) }
            items.append(["gap": false, "number": number, "url": links[number - 1], "current": number == current])
            last = number
        }
        return [
            "has_pages": links.count > 1, "pages": items,
            "has_previous": current > 1, "previous_url": current > 1 ? links[current - 2] : "",
            "has_next": current < links.count, "next_url": current < links.count ? links[current] : "",
        ]
    }

    /// The page numbers shown around `current`, in order: 1, `current` ± 2, the last page, and any page that would be
    /// the only one hidden between them.
    static func window(current: Int, pages: Int) -> [Int] {
        var shown = Set([1, pages])
        for number in (current - 2)...(current + 2) where (1...pages).contains(number) { shown.insert(number) }
        let sorted = shown.sorted()
        for (low, high) in zip(sorted, sorted.dropFirst()) where high == low + 2 { shown.insert(low + 1) }
        return shown.sorted()
    }

    /// One comment and its shown replies. Depth is at most `max_depth`, so the nesting here is bounded.
    private func comment(_ index: Int, _ thread: CommentThread, _ pageOf: [Int: Int]) -> [String: Any] {
        let entry = thread.entries[index]
        let comment = entry.comment
        let author = comment.author ?? "Anonymous"
        let page = urls.comments(of: post, page: pageOf[index] ?? 1)
        let replies = entry.replies.map { self.comment($0, thread, pageOf) }
        let removed = comment.status == .removed
        let authorURL = safeURL(comment.authorURL)
        var context: [String: Any] = [
            "id": comment.id, "anchor": "comment-\(comment.id)",
            "permalink": urls.link(page) + "#comment-\(comment.id)",
            "author": author, "author_url": authorURL ?? "", "has_author_url": authorURL != nil,
            "is_post_author": comment.role == .author, "removed": removed,
            "body_html": removed ? "" : markdown.commentHTML(comment.body),
            "replies": replies, "has_replies": !replies.isEmpty, "depth": entry.depth,
            "in_reply_to": entry.inReplyTo ?? "", "has_in_reply_to": entry.inReplyTo != nil,
            "label": label(entry, author: author),
        ]
        // Every key is set on every comment, so that a reply never shows its parent's value through Mustache's
        // lookup up the context stack.
        context["has_date"] = comment.date != nil
        context["date"] = comment.date.map(dates.readable) ?? ""
        context["date_iso"] = comment.date.map(dates.iso) ?? ""
        context["in_reply_to_permalink"] = entry.inReplyTo == nil ? "" : parentLink(of: entry, pageOf)
        context["number"] = entry.number ?? 0
        return context
    }

    /// The permalink of the comment an entry answers.
    private func parentLink(of entry: CommentThread.Entry, _ pageOf: [Int: Int]) -> String {
        guard let parent = entry.parent, let id = entry.comment.parent else { return "" }
        return urls.link(urls.comments(of: post, page: pageOf[parent] ?? 1)) + "#comment-\(id)"
    }

    /// What a screen reader announces for a comment: "Comment 17 by Jeff", "Reply by David to Erika S.".
    private func label(_ entry: CommentThread.Entry, author: String) -> String {
        if entry.comment.status == .removed { return "Comment \(entry.number.map(String.init) ?? "") removed" }
        if entry.comment.isMention { return "Mention by \(author)" }
        if let number = entry.number { return "Comment \(number) by \(author)" }
        return "Reply by \(author)"
    }

    /// An author URL only when it is http or https; anything else (javascript:, data:) is dropped.
    private func safeURL(_ url: String?) -> String? {
        guard let url = url?.trimmingCharacters(in: .whitespaces), !url.isEmpty else { return nil }
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url : nil
    }
}
