import Foundation
import Templates

/// A post's comments archive: threads split over pages of `per_page` top-level threads (a thread is never split),
/// each comment with its permalink to the page that holds it. Its pages' contexts read the post's comments in place;
/// nothing is copied per comment.
final class CommentArchive: Sendable {
    let post: Post
    let urls: URLs
    let markdown: MarkdownRenderer
    let dates: DateStyle
    /// The theme's words in the post's language.
    let strings: ThemeStrings
    /// The theme's words as templates see them (`i18n`), answered by every comment so that a comment's
    /// `{{i18n.comment_link}}` is found without a walk up the context stack.
    let i18n: TemplateValue
    /// "Anonymous", for a comment without an author.
    let anonymous: String
    /// The comment labels, split once: "Comment {number} by {author}" and the others.
    let labels: (comment: Phrase, reply: Phrase, removed: Phrase, mention: Phrase)
    /// The post's comments, in thread order (the thread's entries).
    let entries: [CommentThread.Entry]
    /// The top-level comments of each page.
    let chunks: [[Int]]
    /// The page number of each comment, by its index in the thread.
    let pageOf: [Int]
    /// Each page's link, root-relative.
    let links: [String]
    /// Whether the archive is shown, how many comments it counts, and its header line.
    let shown: Bool
    let count: Int
    let summary: String

    init(
        post: Post, urls: URLs, markdown: MarkdownRenderer, dates: DateStyle, strings: ThemeStrings = .englishOnly,
        i18n: TemplateValue = .missing, perPage: Int
    ) {
        let thread = post.comments
        self.post = post
        self.urls = urls
        self.markdown = markdown
        self.dates = dates
        self.strings = strings
        self.i18n = i18n
        anonymous = strings["anonymous"]
        labels = (
            strings.parts("comment_label"), strings.parts("reply_label"), strings.parts("removed_label"),
            strings.parts("mention_label")
        )
        entries = thread.entries
        chunks = stride(from: 0, to: max(thread.topLevel.count, 1), by: perPage).map {
            Array(thread.topLevel[$0..<min($0 + perPage, thread.topLevel.count)])
        }
        var pageOf = Array(repeating: 1, count: thread.entries.count)
        for (offset, chunk) in chunks.enumerated() {
            for top in chunk { Self.mark(top, page: offset + 1, in: thread, &pageOf) }
        }
        self.pageOf = pageOf
        links = chunks.indices.map { urls.link(urls.comments(of: post, page: $0 + 1)) }
        shown = post.commentsMode != .hidden && !thread.entries.isEmpty
        count = thread.archivedCount
        summary = strings.archived(count, of: post.originalCommentCount) + " · " + strings["comments_closed"]
    }

    /// The archive's pages: numbers from 1 (the post page itself), one page (possibly empty) when there are few
    /// comments.
    var pages: ClosedRange<Int> { 1...chunks.count }

    /// The URL of page `number`, below the site's root.
    func url(ofPage number: Int) -> String { urls.comments(of: post, page: number) }

    /// The context the templates get as `comments` on page `number`.
    func context(page number: Int) -> CommentsPageContext { CommentsPageContext(archive: self, number: number) }

    /// Records the page of a top-level comment and of all its replies, without recursion.
    private static func mark(_ top: Int, page: Int, in thread: CommentThread, _ pageOf: inout [Int]) {
        var pending = [top]
        while let index = pending.popLast() {
            pageOf[index] = page
            pending += thread.entries[index].replies
        }
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

    /// An author URL only when it is http or https; anything else (javascript:, data:) is dropped.
    static func safeURL(_ url: String?) -> String? {
        guard let url = url?.trimmingWhitespace, !url.isEmpty else { return nil }
        return URLScheme.isWeb(url) ? url : nil
    }
}

/// One page of the archive, as `comments`.
struct CommentsPageContext: TemplateContext {
    let archive: CommentArchive
    let number: Int

    func value(for key: Int) -> TemplateValue {
        let thread = archive.post.comments
        switch TemplateKey(number: key) {
        case .shown: return .bool(archive.shown)
        case .count: return .int(archive.count)
        case .summary: return .text(archive.summary)
        case .threads: return .list(CommentList(archive: archive, indices: archive.chunks[number - 1]))
        case .start:
            return .int(archive.chunks[number - 1].first.flatMap { thread.entries[$0].number } ?? 1)
        case .mentions: return .list(CommentList(archive: archive, indices: number == 1 ? thread.mentions : []))
        case .hasMentions: return .bool(number == 1 && !thread.mentions.isEmpty)
        case .pagination: return .object(CommentPagination(archive: archive, current: number))
        case .page: return .int(number)
        case .pages: return .int(archive.chunks.count)
        case .heading:
            return .text(
                archive.strings.phrase(
                    "comments_page_heading", ["page": String(number), "pages": String(archive.chunks.count)]))
        default: return .missing
        }
    }
}

/// The links between the archive's pages, as `comments.pagination`: the first and last pages, and two on each side of
/// the current one, as WordPress's `paginate_links` shows them (its `end_size` 1, `mid_size` 2); a gap between them is
/// one `gap` item (shown as "…"), or the page itself when it would hide only one. Every page of an archive of 4,000
/// pages listing all 4,000 links made the archive quadratic.
struct CommentPagination: TemplateContext {
    let archive: CommentArchive
    let current: Int

    func value(for key: Int) -> TemplateValue {
        let links = archive.links
        switch TemplateKey(number: key) {
        case .hasPages: return .bool(links.count > 1)
        case .pages: return .list(CommentPageLinks(archive: archive, current: current))
        case .hasPrevious: return .bool(current > 1)
        case .previousURL: return .text(current > 1 ? links[current - 2] : "")
        case .hasNext: return .bool(current < links.count)
        case .nextURL: return .text(current < links.count ? links[current] : "")
        default: return .missing
        }
    }

}

/// `comments.pagination.pages`: page numbers, with 0 for a gap.
struct CommentPageLinks: TemplateList {
    let archive: CommentArchive
    let current: Int
    let numbers: [Int]

    init(archive: CommentArchive, current: Int) {
        self.archive = archive
        self.current = current
        var numbers: [Int] = []
        for number in CommentArchive.window(current: current, pages: archive.links.count) {
            if number > (numbers.last ?? 0) + 1 { numbers.append(0) }
            numbers.append(number)
        }
        self.numbers = numbers
    }

    var count: Int { numbers.count }

    func element(at index: Int) -> TemplateValue {
        .object(CommentPageLink(archive: archive, number: numbers[index], current: numbers[index] == current))
    }
}

/// One page of the archive in `comments.pagination.pages`, or a gap between pages (number 0).
struct CommentPageLink: TemplateContext {
    let archive: CommentArchive
    let number: Int
    let current: Bool

    func value(for key: Int) -> TemplateValue {
        switch TemplateKey(number: key) {
        case .gap: .bool(number == 0)
        case .number: .int(number)
        case .url: .text(number == 0 ? "" : archive.links[number - 1])
        case .current: .bool(current)
        default: .missing
        }
    }
}
