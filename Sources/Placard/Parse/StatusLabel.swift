import CommonMark
import Markup

/// A status word found at the start of a text: `NEW`, or `NEW (5/29)` with a date, and the text after it.
struct StatusLabel: Sendable, Hashable {
    /// The configured word, e.g. `NEW`.
    let word: String
    /// What was written in parentheses after the word, e.g. `5/29`; `nil` when nothing was.
    let date: String?
    /// The text after the word and its date, starting with the colon when there is one.
    let rest: String

    /// Reads a label at the start of `text`: a word of `words`, then optionally ` (date)` (at most 40 characters,
    /// no parentheses or line breaks), then a colon followed by white space or the end, or the end of the text.
    /// - Returns: `nil` when `text` does not start so.
    init?(_ text: String, words: [String]) {
        guard let word = words.first(where: { text.hasPrefix($0) }) else { return nil }
        var rest = text.dropFirst(word.count)
        var date: String?
        let parenthesis = rest.hasPrefix(" (") ? rest.dropFirst(2) : rest.hasPrefix("(") ? rest.dropFirst() : nil
        if let parenthesis, let close = parenthesis.firstIndex(of: ")") {
            let inside = parenthesis[..<close]
            guard (1...40).contains(inside.count), !inside.contains(where: { "(\n".contains($0) }) else { return nil }
            date = String(inside).trimmingSpaces
            rest = parenthesis[parenthesis.index(after: close)...]
        }
        let afterColon = rest.dropFirst()
        guard rest.isEmpty || rest.hasPrefix(":") && (afterColon.isEmpty || afterColon.first!.isWhitespace) else {
            return nil
        }
        self.word = word
        self.date = date
        self.rest = String(rest)
    }

    /// The site's word it stands for, whose class it gets: `NEW` for a Spanish `NUEVO`.
    private(set) var style: String?

    /// The label styled as the site's word `styles` gives for its word, if any.
    func styled(_ styles: [String: String]) -> StatusLabel {
        var label = self
        label.style = styles[word]
        return label
    }

    /// `<strong class="label label-<word>">WORD (date)</strong>`.
    var node: NewNode {
        let styleWord = style ?? word
        let className = "label label-" + (Slug.make(styleWord).isEmpty ? "status" : Slug.make(styleWord))
        let text = date.map { "\(word) (\($0))" } ?? word
        return .customInline(
            enter: "<strong class=\"\(HTML.escapeAttribute(className))\">", exit: "</strong>", children: [.text(text)])
    }
}
