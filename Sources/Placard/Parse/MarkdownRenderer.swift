import CommonMark

/// Turns Markdown into HTML fragments with the site's rules: smart punctuation always, raw HTML only where the
/// site allows it and never in comments.
struct MarkdownRenderer: Sendable {
    /// Whether posts and pages may contain raw HTML (`markdown.unsafe_html`).
    let allowRawHTML: Bool

    /// HTML for the author's own text: a post, an update or a page.
    func html(_ source: MarkdownSource) -> String {
        let document = Document(markdown: source.text, options: [.smartPunctuation, .validateUTF8])
        return document.html(allowRawHTML ? [.allowRawHTML] : [])
    }

    /// HTML for a commenter's text: raw HTML is never passed through.
    func commentHTML(_ markdown: String) -> String {
        Document(markdown: markdown, options: [.smartPunctuation, .validateUTF8]).html([])
    }
}
