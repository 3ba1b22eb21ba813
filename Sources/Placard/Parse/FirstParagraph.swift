import CommonMark

/// The first paragraph of Markdown as plain text, for a description when a post has no summary.
enum FirstParagraph {
    /// The text of the first paragraph (outside lists and quotes are both fine), or "" when there is none.
    static func plainText(of markdown: String) -> String {
        plainText(of: Document(markdown: markdown, options: [.smartPunctuation, .validateUTF8]))
    }

    /// The text of the first paragraph of a document parsed with smart punctuation, before any rewrite.
    static func plainText(of document: borrowing Document) -> String {
        var text = ""
        document.walk { event, node in
            guard event == .enter, node.kind == .paragraph else { return .continue }
            text = node.plainText
            return .stop
        }
        return text
    }
}
