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
            guard Self.mayHoldURL(text) else { return nil }
            let scalars = Array(text.unicodeScalars)
            let matches = URLScanner.matches(in: scalars)
            guard !matches.isEmpty else { return nil }
            return TextRuns.splice(scalars, matches.map { ($0.range, nodes(for: $0)) })
        }
    }

    /// Whether `text` holds `www.` or `http` in any case: every URL ``URLScanner`` finds does, and most text holds
    /// neither, so most runs are passed over without the scanner's scalar-by-scalar work.
    static func mayHoldURL(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(mayHoldURL) ?? mayHoldURL(text.utf8)
    }

    private static func mayHoldURL(_ bytes: some Sequence<UInt8>) -> Bool {
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in bytes {
            let lower = byte | 0x20
            if previous == (0x77, 0x77, 0x77) && byte == 0x2E { return true }  // www.
            if (previous.0 | 0x20, previous.1 | 0x20, previous.2 | 0x20) == (0x68, 0x74, 0x74) && lower == 0x70 {
                return true  // http, any case
            }
            previous = (previous.1, previous.2, byte)
        }
        return false
    }

    private func nodes(for match: URLScanner.Match) -> [NewNode] {
        guard let anchor = LinkHTML.anchor(url: match.href, className: "bare-url", rel: rel) else {
            return [.text(match.text)]
        }
        return [.customInline(enter: anchor, exit: "</a>", children: [.text(match.text)])]
    }
}
