import CommonMark
import Markup

/// Turns Markdown into HTML fragments with the site's rules, on the cmark tree: smart punctuation always, raw HTML
/// only where the site allows it and never in comments, an id on every heading, status labels in the author's text,
/// bare URLs and phone numbers linked, and no image loaded from a comment. Each document is parsed once; every
/// transform is a rewrite pass over the same tree.
struct MarkdownRenderer: Sendable {
    /// Whether posts and pages may contain raw HTML (`markdown.unsafe_html`).
    var allowRawHTML: Bool
    /// `NEW:`, `ENDED:`… in posts, updates and pages (not in comments: a commenter cannot mark the author's page).
    let labels: StatusLabels
    /// `tel:` links for phone numbers, everywhere.
    let phones: PhoneLinker

    /// - Parameters:
    ///   - allowRawHTML: `markdown.unsafe_html`.
    ///   - labels: `labels`, the status words.
    ///   - phoneRegion: `phone.region`.
    ///   - phoneAlternates: `phone.alternates`.
    init(
        allowRawHTML: Bool, labels: [String] = StatusLabels.defaultWords, phoneRegion: String = "US",
        phoneAlternates: [String: String] = [:]
    ) {
        self.allowRawHTML = allowRawHTML
        self.labels = StatusLabels(words: labels)
        self.phones = PhoneLinker(region: phoneRegion, alternates: phoneAlternates)
    }

    /// A renderer with the settings of `site.yml`, and the phone notes in the words of `strings`.
    init(config: SiteConfig, strings: ThemeStrings = .englishOnly) {
        self.allowRawHTML = config.unsafeHTML
        labels = StatusLabels(words: config.labels, styles: config.labelStyles)
        phones = PhoneLinker(
            region: config.phoneRegion, alternates: config.phoneAlternates,
            notes: PhoneLinker.Notes(
                tollFree: strings["phone_toll_free"], fromAbroad: strings.parts("phone_from_abroad")))
    }

    /// This renderer, with raw HTML allowed when `rawHTML` is true (an imported post's `html: true`).
    func allowingRawHTML(_ rawHTML: Bool) -> MarkdownRenderer {
        var copy = self
        copy.allowRawHTML = copy.allowRawHTML || rawHTML
        return copy
    }

    /// HTML for the author's own text: a post, an update or a page.
    /// - Parameter ids: the ids already used on the page; headings get new ones.
    func html(_ source: MarkdownSource, ids: inout HeadingIDs) -> String {
        var unused: String?
        return html(source, ids: &ids, firstParagraph: &unused)
    }

    /// ``html(_:ids:)``, and, when `firstParagraph` is `nil`, the text of the first paragraph as
    /// ``FirstParagraph`` reads it, from the same parse.
    func html(_ source: MarkdownSource, ids: inout HeadingIDs, firstParagraph: inout String?) -> String {
        var document = Document(markdown: source.text, options: [.smartPunctuation, .validateUTF8])
        if firstParagraph == nil { firstParagraph = FirstParagraph.plainText(of: document) }
        document.rewrite { event, node, edits in
            guard event == .enter, node.kind == .heading, let level = node.headingLevel else { return .continue }
            // An inline wrapper keeps cmark's one-line `<h2 id="…">…</h2>`; the empty block takes the heading's place.
            let id = HTML.escapeAttribute(ids.make(for: node.plainText))
            edits.wrapChildren(of: node, in: .customInline(enter: "<h\(level) id=\"\(id)\">", exit: "</h\(level)>"))
            edits.replace(node, keepingChildrenIn: .customBlock(enter: "", exit: ""))
            return .skipChildren
        }
        labels.apply(to: &document)
        let rawHTML: TextRuns.RawHTML = allowRawHTML ? .rendered : .omitted
        Autolinker(rel: nil).apply(to: &document, rawHTML: rawHTML)
        phones.apply(to: &document, rawHTML: rawHTML)
        return document.html(allowRawHTML ? [.allowRawHTML] : [])
    }

    /// HTML for a commenter's text: raw HTML is never passed through, every link carries
    /// `rel="nofollow ugc noopener"` and only `http`, `https` and `mailto` addresses are linked, and an image becomes a
    /// link to it, so that reading a comment loads nothing.
    func commentHTML(_ markdown: String) -> String {
        withCommentHTML(markdown) { String(decoding: $0, as: UTF8.self) }
    }

    /// ``commentHTML(_:)`` lent as UTF-8 bytes, valid only during the call: a comment's HTML goes from cmark straight
    /// into the page.
    func withCommentHTML<Result>(_ markdown: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        var document = Document(markdown: markdown, options: [.smartPunctuation, .validateUTF8])
        // Most comments have no link, URL or number, and each pass walks the whole tree, so a pass runs only when the
        // source may hold what it rewrites. Every text run is a stretch of the source, except for what an entity or a
        // backslash escape decodes to, so a source with neither that fails a pass's own test on runs fails it on
        // every run; links and images need a `[` or, as autolinks, a `<`.
        let decodes = markdown.containsByte(UInt8(ascii: "&")) || markdown.containsByte(UInt8(ascii: "\\"))
        if markdown.containsByte(UInt8(ascii: "[")) || markdown.containsByte(UInt8(ascii: "<")) {
            CommentLinks().apply(to: &document)
        }
        if decodes || Autolinker.mayHoldURL(markdown) {
            Autolinker(rel: CommentLinks.rel).apply(to: &document, rawHTML: .omitted)
        }
        if decodes || PhoneLinker.mayHoldNumber(markdown) { phones.apply(to: &document, rawHTML: .omitted) }
        return document.withHTML([], body)
    }
}
