import CommonMark

/// Turns bare URLs in text into links, on the cmark tree, with GitHub's rules (see ``URLScanner``).
///
/// Markup: `<a class="bare-url" href="https://www.example.org">www.example.org</a>`, with
/// `rel="nofollow ugc noopener"` after the `href` in comments. The class tells the print stylesheet that the link's
/// text is already its address. A `www.` domain links to `https://`. Text in code, raw HTML and links is left alone.
struct Autolinker: Sendable {
    /// The `rel` of every link written, or `nil` for none.
    let rel: String?

    /// Links every bare URL in `document`'s text outside code and links.
    /// - Parameter rawHTML: whether the document's raw HTML is rendered, so that text inside a raw `<a>` is left alone.
    func apply(to document: inout Document, rawHTML: TextRuns.RawHTML) {
        TextRuns.rewrite(&document, rawHTML: rawHTML) { text in
            let scalars = Array(text.unicodeScalars)
            let matches = URLScanner.matches(in: scalars)
            guard !matches.isEmpty else { return nil }
            return TextRuns.splice(scalars, matches.map { ($0.range, nodes(for: $0)) })
        }
    }

    private func nodes(for match: URLScanner.Match) -> [NewNode] {
        guard let anchor = LinkHTML.anchor(url: match.href, className: "bare-url", rel: rel) else {
            return [.text(match.text)]
        }
        return [.customInline(enter: anchor, exit: "</a>", children: [.text(match.text)])]
    }
}
