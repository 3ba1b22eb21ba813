/// The newest entries of each language's feed, kept while posts render, so that a big site's feeds do not hold every
/// post's HTML.
struct FeedSelection: Sendable {
    let limit: Int
    /// Each language's entries, by code.
    private var byLanguage: [String: [FeedEntry]] = [:]

    init(limit: Int) { self.limit = max(0, limit) }

    /// The entries kept, each language's newest first, languages in code order.
    var entries: [FeedEntry] { byLanguage.keys.sorted().flatMap { byLanguage[$0]! } }

    /// Adds entries, dropping those that can no longer be among the newest `limit` of their language.
    mutating func add(_ new: [FeedEntry]) {
        for entry in new {
            byLanguage[entry.language, default: []].append(entry)
            if byLanguage[entry.language]!.count > 2 * limit + 64 { prune(entry.language) }
        }
    }

    /// The newest `limit` entries of each language, newest first.
    mutating func prune() {
        for language in byLanguage.keys { prune(language) }
    }

    private mutating func prune(_ language: String) {
        byLanguage[language]!.sort(by: FeedEntry.newestFirst)
        byLanguage[language]!.removeLast(max(0, byLanguage[language]!.count - limit))
    }
}
