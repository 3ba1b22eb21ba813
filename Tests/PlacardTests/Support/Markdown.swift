@testable import Placard

/// Renders Markdown as the author's text of a post, the way a page shows it.
func renderPost(_ markdown: String, _ renderer: MarkdownRenderer = MarkdownRenderer(allowRawHTML: false)) -> String {
    var ids = HeadingIDs()
    return renderer.html(MarkdownSource(path: "content/posts/a/index.md", text: markdown, firstLine: 1), ids: &ids)
}

/// Renders Markdown as the body of a comment.
func renderComment(_ markdown: String, _ renderer: MarkdownRenderer = MarkdownRenderer(allowRawHTML: false)) -> String {
    renderer.commentHTML(markdown)
}
