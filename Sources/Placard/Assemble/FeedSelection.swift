/// The newest entries of a feed, kept while posts render, so that a big site's feed does not hold every post's HTML.
struct FeedSelection: Sendable {
    let limit: Int
    private(set) var entries: [FeedEntry] = []

    init(limit: Int) { self.limit = max(0, limit) }

    /// Adds entries, dropping those that can no longer be among the newest `limit`.
    mutating func add(_ new: [FeedEntry]) {
        entries += new
        if entries.count > 2 * limit + 64 { prune() }
    }

    /// The newest `limit` entries, newest first.
    mutating func prune() {
        entries.sort(by: FeedEntry.newestFirst)
        entries.removeLast(max(0, entries.count - limit))
    }
}
