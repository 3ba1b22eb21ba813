public import Foundation

/// A dated update to a post, from `updates/YYYY-MM-DD.md` (or `YYYY-MM-DD-2.md` for a second one that day).
public struct Update: Sendable {
    /// The day in the file name, `YYYY-MM-DD`.
    public var day: String
    /// 1 for the first update of a day, 2 for `-2`, and so on.
    public var sequence: Int
    /// The title.
    public var title: String
    /// When the update was published: the front matter's `date`, or the day of the file name.
    public var date: Date
    /// The Markdown body.
    public var body: MarkdownSource
    /// Old addresses of the update (`aliases:`), each answered with a redirect to its page.
    public var aliases: [Alias] = []

    /// `2018-05-29`, or `2018-05-29-2` for the second update of a day: the update's anchor and folder name.
    public var key: String { sequence == 1 ? day : "\(day)-\(sequence)" }
    /// The anchor on the post page, `update-2018-05-29`.
    public var anchor: String { "update-\(key)" }

    /// Creates an update.
    public init(day: String, sequence: Int = 1, title: String, date: Date, body: MarkdownSource, aliases: [Alias] = [])
    {
        self.day = day
        self.sequence = sequence
        self.title = title
        self.date = date
        self.body = body
        self.aliases = aliases
    }
}
