extension HTMLScanner {
    /// Reads an HTML fragment (a comment body, a title) as runs of text and tags, in order, for turning it into
    /// something other than HTML.
    ///
    /// Tags are read one at each `<` with ``tag()``, so a `<script>` or `<textarea>` does not hide what follows it:
    /// its content is text like any other. A `<` that does not begin a tag (`a < b`, `<3`) is text, and so is a tag
    /// cut off by the end of the fragment, with all that follows it. A `<!-- … -->` comment is dropped, as a browser
    /// shows nothing of it (one never closed runs to the end); other `<!…>` and `<?…>` declarations stay text. Text
    /// comes with its character references still in it.
    package static func readFragment(_ html: String, text: (String) -> Void, tag: (HTMLToken) -> Void) {
        var scanner = HTMLScanner(html)
        var textStart = 0
        func flushText(upTo end: Int) {
            guard textStart < end else { return }
            text(String(String.UnicodeScalarView(scanner.scalars[textStart..<end])))
        }
        while let open = scanner.firstIndex(of: "<", from: scanner.index) {
            scanner.index = open
            let found = scanner.tag()
            if found == nil && scanner.index > open { break }  // a tag cut off by the end: the rest is text
            guard found != nil || scanner.skipComment() else {
                scanner.index = open + 1
                continue
            }
            flushText(upTo: open)
            if let found { tag(found) }
            textStart = scanner.index
        }
        flushText(upTo: scanner.scalars.count)
    }
}
