import Foundation
import Markup
import Placard

/// WordPress post HTML made ready for a Markdown body: HTML blocks that render as WordPress rendered them.
enum PostHTML {
    /// Tags that start a CommonMark HTML block (types 1 and 6) and that `wpautop` leaves unwrapped.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "script", "style",
    ]

    /// Gutenberg comments removed, `[caption]` as `<figure>`, paragraphs from blank lines as `wpautop` makes them.
    static func convert(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "\r\n", with: "\n")
        text = text.replacingOccurrences(of: #"<!--\s*/?wp:[^>]*?-->"#, with: "", options: .regularExpression)
        text = captions(text)
        return autop(text)
    }

    /// `[caption id="…" caption="…"]<img …> Text[/caption]` → `<figure><img …><figcaption>Text</figcaption></figure>`.
    static func captions(_ text: String) -> String {
        let pattern = #"\[caption([^\]]*)\]\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*?)\[/caption\]"#
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
            return text
        }
        var result = ""
        var last = text.startIndex
        for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let whole = Range(match.range, in: text), let attributes = Range(match.range(at: 1), in: text),
                let image = Range(match.range(at: 2), in: text), let caption = Range(match.range(at: 3), in: text)
            else { continue }
            result += text[last..<whole.lowerBound]
            var words = text[caption].trimmingCharacters(in: .whitespacesAndNewlines)
            if words.isEmpty, let quoted = attribute("caption", in: String(text[attributes])) { words = quoted }
            let figcaption = words.isEmpty ? "" : "<figcaption>\(words)</figcaption>"
            result += "<figure class=\"wp-caption\">\(text[image])\(figcaption)</figure>"
            last = whole.upperBound
        }
        return result + text[last...]
    }

    private static func attribute(_ name: String, in attributes: String) -> String? {
        guard let range = attributes.range(of: name + "=\"") else { return nil }
        return attributes[range.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
    }

    /// Blank-line paragraphs wrapped in `<p>`, single line breaks as `<br />`, block elements and `<pre>` left alone.
    static func autop(_ text: String) -> String {
        var chunks: [String] = []
        var preformatted = false
        for chunk in text.components(separatedBy: "\n\n") {
            let trimmed = chunk.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            if preformatted {
                chunks[chunks.count - 1] += "\n\n" + chunk
            } else if startsWithBlock(trimmed) {
                chunks.append(trimmed)
            } else {
                let lines = trimmed.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                chunks.append("<p>" + lines.joined(separator: "<br />\n") + "</p>")
            }
            let opened = chunk.components(separatedBy: "<pre").count - chunk.components(separatedBy: "</pre>").count
            if opened > 0 { preformatted = true } else if opened < 0 { preformatted = false }
        }
        return chunks.joined(separator: "\n\n")
    }

    private static func startsWithBlock(_ chunk: String) -> Bool {
        guard chunk.hasPrefix("<") else { return false }
        if chunk.hasPrefix("<!--") { return true }
        let name = chunk.dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
        return blockTags.contains(name)
    }

    /// Text without tags (each read as a browser reads it, and counted as a space), entities decoded, runs of white
    /// space as one space.
    static func plainText(_ html: String) -> String {
        if !html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 < 0x20 || $0 > 0x7E }),
            !html.contains("  ")
        {
            return html.trimmingCharacters(in: .whitespaces)  // a plain ASCII name: the common case, kept fast
        }
        var words = ""
        HTMLScanner.readFragment(
            html, text: { words += CharacterReferences.decode($0.unicodeScalars, inAttribute: false) },
            tag: { _ in words += " " })
        return words.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
