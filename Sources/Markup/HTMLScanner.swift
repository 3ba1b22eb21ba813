/// Reads the tags of an HTML page as a browser's tokenizer would, for checking what the page loads and links to.
///
/// Comments (`<!-- -->`), the doctype and other `<!…>` and `<?…>` declarations are skipped; the content of raw-text
/// elements (`<script>`, `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`, `<plaintext>`) and escapable
/// raw-text elements (`<title>`, `<textarea>`) is never read as tags; quoted and unquoted attribute values are read
/// with their character references decoded; a tag cut off by the end of the text is dropped. The tree is not
/// built, so misnested tags are not an issue here. A value type; use it from one thread.
///
/// Besides walking a page with `next()`, a caller that needs the text between tags (the comment importer) reads one
/// tag at a time with `tag()` and `skipComment()`; `tokenStart` and `tokenEnd` say where the last token sits, for
/// callers that edit the page around it (the dev server, over bytes read with `init(latin1:)`).
package struct HTMLScanner {
    /// Elements whose content is text up to their end tag; the scanner returns the text of `script` and `style`.
    package static let rawTextElements: Set = [
        "script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext", "title", "textarea",
    ]

    package let scalars: [Unicode.Scalar]
    private let lines: LineIndex
    package var index = 0
    private var pendingRawText: String?
    /// Where the last token returned begins: the `<` of a tag, or the first character of raw text.
    package private(set) var tokenStart = 0
    /// Just past the last token returned: after the tag's `>`, or where raw text ends (at its end tag's `<`).
    package private(set) var tokenEnd = 0

    /// Creates a scanner at the start of a page.
    package init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    /// Creates a scanner over a page's bytes, read one scalar per byte (ISO 8859-1) whatever the page's encoding, so
    /// that offsets (`index`, `tokenStart`, `tokenEnd`, an attribute's `span` and `written`) are byte offsets and
    /// columns count bytes. Markup is ASCII, so a page in UTF-8, Latin-1 or any other ASCII-compatible encoding
    /// (valid or not) tokenizes exactly as it would decoded; a byte above 0x7F in a name or value comes back as the
    /// scalar of that number (UTF-8 `é` as `Ã©`), while character references decode as usual.
    package init(latin1 bytes: [UInt8]) {
        self.init(scalars: bytes.map { Unicode.Scalar($0) })
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        lines = LineIndex(scalars)
    }

    /// Every token of a page, in order.
    package static func tokens(in text: String) -> [HTMLToken] {
        var scanner = HTMLScanner(text)
        var tokens: [HTMLToken] = []
        while let token = scanner.next() { tokens.append(token) }
        return tokens
    }

    /// The next tag or raw text, or nil at the end of the text.
    package mutating func next() -> HTMLToken? {
        if let element = pendingRawText {
            pendingRawText = nil
            if let text = rawText(of: element) { return text }
        }
        while let open = firstIndex(of: "<", from: index) {
            index = open + 1
            guard let next = peek() else { break }
            if next == "!" {
                skipMarkupDeclaration()
            } else if next == "?" {
                skipBogusComment()
            } else if next == "/" {
                index += 1
                if let token = endTag(at: open) { return token }
            } else if Self.isLetter(next) {
                if let tag = startTag(at: open) {
                    if Self.rawTextElements.contains(tag.name) { pendingRawText = tag.name }
                    return .start(tag)
                }
            }
        }
        index = scalars.count
        return nil
    }

    /// Reads the start or end tag that begins at the `<` at `index`, as `next()` would, and moves `index` past its
    /// `>`. Unlike `next()`, it does not enter the raw text of `<script>` and the others: the caller decides what
    /// follows a tag.
    /// - Returns: the tag; nil, with `index` left where it was, when that `<` does not begin a start or end tag
    ///   (`a < b`, `<3`, `</>`, `<!-- -->`, `<?php`); nil, with `index` at the end of the text, when the text ends
    ///   inside the tag (a browser reads all the rest as part of it, and drops it).
    package mutating func tag() -> HTMLToken? {
        let open = index
        guard peek() == "<", let first = peek(1) else { return nil }
        if first == "/", let letter = peek(2), Self.isLetter(letter) {
            index += 2
        } else if Self.isLetter(first) {
            index += 1
        } else {
            return nil
        }
        let token = first == "/" ? endTag(at: open) : startTag(at: open).map(HTMLToken.start)
        if token == nil { index = scalars.count }
        return token
    }

    /// Skips the comment (`<!-- … -->`, `<!-->`) that begins at `index`; one that is never closed runs to the end of
    /// the text, as in a browser.
    /// - Returns: whether a comment began there; when not, `index` stays where it was.
    package mutating func skipComment() -> Bool {
        guard matches("<!--", at: index) else { return false }
        index += 1
        skipMarkupDeclaration()
        return true
    }

    /// The 1-based line and column of an offset into the text.
    package func position(of offset: Int) -> TextPosition {
        lines.position(of: offset)
    }

    // MARK: - Reading

    package func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    package func firstIndex(of scalar: Unicode.Scalar, from start: Int) -> Int? {
        var offset = start
        while offset < scalars.count {
            if scalars[offset] == scalar { return offset }
            offset += 1
        }
        return nil
    }

    /// Whether the text at `offset` is `literal`, ignoring ASCII case.
    package func matches(_ literal: String, at offset: Int) -> Bool {
        var position = offset
        for expected in literal.unicodeScalars {
            guard position < scalars.count, Self.lowercased(scalars[position]) == expected else { return false }
            position += 1
        }
        return true
    }

    package static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    package static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    package static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    // MARK: - Markup

    /// After `<!`: a comment, or a doctype or CDATA section read as a bogus comment up to `>`.
    private mutating func skipMarkupDeclaration() {
        guard matches("!--", at: index) else {
            skipBogusComment()
            return
        }
        index += 3
        // `<!-->` and `<!--->` are empty comments.
        for ending in [">", "->"] where matches(ending, at: index) {
            index += ending.unicodeScalars.count
            return
        }
        while index < scalars.count {
            for ending in ["-->", "--!>"] where matches(ending, at: index) {
                index += ending.unicodeScalars.count
                return
            }
            index += 1
        }
    }

    /// Skips to just after the next `>`.
    private mutating func skipBogusComment() {
        index = (firstIndex(of: ">", from: index) ?? scalars.count - 1) + 1
    }

    /// After `</`: an end tag, `</>` (ignored), or a bogus comment.
    private mutating func endTag(at open: Int) -> HTMLToken? {
        guard let first = peek() else { return nil }
        if first == ">" {
            index += 1
            return nil
        }
        guard Self.isLetter(first) else {
            skipBogusComment()
            return nil
        }
        let name = readTagName()
        guard readAttributes() != nil else { return nil }
        (tokenStart, tokenEnd) = (open, index)
        return .end(name, position(of: open))
    }

    /// After `<` and a letter: a start tag, or nil when the text ends inside it.
    private mutating func startTag(at open: Int) -> HTMLTag? {
        let name = readTagName()
        guard let attributes = readAttributes() else { return nil }
        (tokenStart, tokenEnd) = (open, index)
        return HTMLTag(name: name, attributes: attributes, position: position(of: open))
    }

    private mutating func readTagName() -> String {
        var name = String.UnicodeScalarView()
        while let scalar = peek(), !Self.isSpace(scalar), scalar != "/", scalar != ">" {
            name.append(Self.lowercased(scalar))
            index += 1
        }
        return String(name)
    }

    /// The text of a raw-text element up to its end tag, which is left to be read next; nil for elements other
    /// than `script` and `style`.
    private mutating func rawText(of element: String) -> HTMLToken? {
        let start = index
        var end = scalars.count
        if element != "plaintext" {
            var offset = start
            while let open = firstIndex(of: "<", from: offset) {
                let after = open + 2 + element.unicodeScalars.count
                if matches("</" + element, at: open), after >= scalars.count || Self.isEndOfName(scalars[after]) {
                    end = open
                    break
                }
                offset = open + 1
            }
        }
        index = end
        guard element == "script" || element == "style" else { return nil }
        (tokenStart, tokenEnd) = (start, end)
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        return .rawText(element: element, text: text, position: position(of: start))
    }

    package static func isEndOfName(_ scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar) || scalar == "/" || scalar == ">"
    }
}
