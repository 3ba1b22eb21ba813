import Foundation
import Placard

/// A Disqus thread: the page its comments were left on.
struct DisqusThread: Sendable {
    var identifier = ""
    var link = ""
    var title = ""
}

/// Reads a Disqus export: threads, and posts as ``ExportComment``s, so that both importers thread alike.
///
/// Disqus lists every thread, then every post; a post names its thread by id. Threads are kept in memory (a few
/// fields each); each post is staged as soon as it ends: its text rendered into `tails`, and only a record (id,
/// parent, deleted/spam flags) kept, by thread. Author name, date and message are read; never e-mail or IP. Used by
/// one import on one thread.
final class DisqusReader: XMLStreamHandler {
    private(set) var threads: [String: DisqusThread] = [:]
    /// Comment records by thread id, in export order.
    private(set) var comments: [String: [CommentRecord]] = [:]
    let tails: StagedCommentLines
    private var thread: (id: String, value: DisqusThread)?
    private var post: (comment: ExportComment, thread: String, deleted: Bool, spam: Bool)?
    private var depth: [String] = []

    init(tails: StagedCommentLines) { self.tails = tails }

    func start(_ name: String, attributes: [String: String]) {
        let id = attributes["dsq:id"] ?? ""
        if depth.count == 1, name == "thread" {
            thread = (id, DisqusThread())
        } else if depth.count == 1, name == "post" {
            post = (ExportComment(id: YAMLText.trimmed(id), parent: "0"), "", false, false)
        } else if depth.count == 2, post != nil, name == "thread" {
            post?.thread = id
        } else if depth.count == 2, post != nil, name == "parent" {
            post?.comment.parent = YAMLText.trimmed(id)
        }
        depth.append(name)
    }

    func end(_ name: String, text: String) throws(Diagnostic) {
        depth.removeLast()
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if thread != nil {
            endThread(name, value)
        } else if post != nil {
            try endPost(name, value, text)
        }
    }

    private func endThread(_ name: String, _ value: String) {
        guard let current = thread else { return }
        switch (depth.count, name) {
        case (1, "thread"):
            threads[current.id] = current.value
            thread = nil
        case (2, "id"): thread?.value.identifier = value
        case (2, "link"): thread?.value.link = value
        case (2, "title"): thread?.value.title = value
        default: break
        }
    }

    private func endPost(_ name: String, _ value: String, _ text: String) throws(Diagnostic) {
        guard let current = post else { return }
        switch (depth.count, name) {
        case (1, "post"):
            var comment = current.comment
            comment.approval = current.spam ? .spam : current.deleted ? .deleted : .approved
            post = nil
            let record = try comment.staged(in: tails)
            comments[current.thread, default: []].append(record)
        case (2, "message"): post?.comment.content = text
        case (2, "createdAt"): post?.comment.date = WordPressDates.gmt(YAMLText.trimmed(Self.gmt(value)))
        case (2, "isDeleted"): post?.deleted = value == "true"
        case (2, "isSpam"): post?.spam = value == "true"
        case (3, "name") where depth.last == "author": post?.comment.author = value
        default: break
        }
    }

    /// `2013-10-10T19:20:29Z` → `2013-10-10 19:20:29`, as WordPress writes GMT dates.
    static func gmt(_ iso: String) -> String {
        String(iso.prefix(19)).replacingOccurrences(of: "T", with: " ")
    }
}
