import Foundation
import Markup
import Placard

/// Comment HTML, as WordPress and Disqus store it, converted to Markdown that the safe renderer shows as written:
/// links, emphasis, strong, code, block quotes, paragraphs and line breaks are kept; other tags become their text.
///
/// The HTML is read by `HTMLScanner.readFragment`: a `<script>`'s content is text like any other, a `<` that does not
/// begin a tag is text, and so is a tag cut off by the end of the comment; a `<!-- … -->` comment is dropped.
struct CommentMarkdown {
    private var output = ""
    private var open: [(name: String, start: String.Index, href: String?)] = []
    private var code = 0

    /// Converts one comment's HTML.
    static func convert(_ html: String) -> String {
        var converter = CommentMarkdown()
        HTMLScanner.readFragment(
            html.replacingOccurrences(of: "\r\n", with: "\n"), text: { converter.text($0) },
            tag: { converter.handle($0) })
        return converter.finish()
    }

    private mutating func text(_ raw: String) {
        let decoded = raw.contains("&") ? CharacterReferences.decode(raw.unicodeScalars, inAttribute: false) : raw
        if code > 0 {
            output += decoded
            return
        }
        if !decoded.contains("\n") {  // one line: the common case, without splitting
            let atLineStart = output.isEmpty || output.hasSuffix("\n")
            let trimmed = atLineStart ? String(decoded.drop { $0 == " " || $0 == "\t" }) : decoded
            output += MarkdownEscape.text(trimmed, atLineStart: atLineStart)
            return
        }
        let paragraphs = decoded.components(separatedBy: "\n\n")
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { output += "\n\n" }
            let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() {
                if number > 0 { output += output.hasSuffix("\n") || output.isEmpty ? "" : "\\\n" }
                let atLineStart = output.isEmpty || output.hasSuffix("\n")
                let trimmed = atLineStart ? String(line.drop { $0 == " " || $0 == "\t" }) : String(line)
                output += MarkdownEscape.text(trimmed, atLineStart: atLineStart)
            }
        }
    }

    /// A start or end tag from `HTMLScanner.tag()`.
    private mutating func handle(_ token: HTMLToken) {
        let (name, start): (String, HTMLTag?) =
            switch token {
            case .start(let tag): (tag.name, tag)
            case .end(let name, _): (name, nil)
            case .rawText: ("", nil)
            }
        switch name {
        case "br": output += code > 0 ? "\n" : "\\\n"
        case "p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr":
            paragraphBreak()
        case "a", "em", "i", "strong", "b", "code", "blockquote", "pre":
            if let start { openTag(start) } else { close(name) }
        default: break
        }
    }

    private mutating func paragraphBreak() {
        dropTrailingBreak()
        if !output.isEmpty && !output.hasSuffix("\n\n") { output += output.hasSuffix("\n") ? "\n" : "\n\n" }
    }

    private mutating func openTag(_ tag: HTMLTag) {
        if tag.name == "blockquote" || tag.name == "pre" { paragraphBreak() }
        if tag.name == "code" || tag.name == "pre" { code += 1 }
        open.append((tag.name, output.endIndex, tag.value("href")))
    }

    private mutating func close(_ name: String) {
        guard let index = open.lastIndex(where: { $0.name == name }) else { return }
        let entry = open[index]
        open.removeSubrange(index...)
        let inner = String(output[entry.start...])
        output.removeSubrange(entry.start...)
        if name == "code" || name == "pre" { code = max(0, code - 1) }
        output += MarkdownEscape.wrap(name, inner, href: entry.href)
        if name == "blockquote" || name == "pre" { paragraphBreak() }
    }

    /// Removes a hard line break (`\\` then a newline) and spaces at the end: a break before a paragraph shows as `\\`.
    private mutating func dropTrailingBreak() {
        while output.hasSuffix(" ") || output.hasSuffix("\n") && !output.hasSuffix("\n\n") {
            output.removeLast()
        }
        let backslashes = output.reversed().prefix { $0 == "\\" }.count
        if backslashes % 2 == 1 { output.removeLast() }
    }

    private mutating func finish() -> String {
        while let entry = open.popLast() { close(entry.name) }
        dropTrailingBreak()
        let collapsed =
            output.contains("\n\n\n")
            ? output.replacingOccurrences(of: "\n{3,}", with: "\n\n", options: .regularExpression) : output
        return collapsed.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
