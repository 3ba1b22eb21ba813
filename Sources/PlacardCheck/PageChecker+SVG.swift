import Foundation
import Markup
import Placard

extension PageChecker {
    /// Checks an SVG file of the output. A browser that opens one on its own runs its scripts and event handlers at
    /// the site's origin, and no page's Content-Security-Policy `<meta>` applies to it; so each of these is an error,
    /// as in a page: `<script>` (with or without a namespace prefix), `on…=` handlers, `javascript:` URLs (also set by
    /// `<set>` or `<animate>` on an `href`), resources of other hosts (`<image>`, `<use>`, `<feImage>`, CSS, an
    /// `<?xml-stylesheet?>`) and `data:` URLs.
    func check(svg file: SourceFile, at path: String) -> CheckedFile {
        var checked = CheckedFile(file: file, path: path)
        for token in HTMLScanner.tokens(in: file.text) {
            switch token {
            case .start(let tag):
                inspect(Self.withoutPrefixes(tag), &checked)
            case .rawText(let element, let text, let position) where element == "style":
                checkCSS(text, from: position, context: " in <style>", &checked)
            default:
                break
            }
        }
        checkStylesheetInstructions(in: file.text, &checked)
        return checked
    }

    /// The tag with XML namespace prefixes read as SVG's and XLink's: `<svg:script>` is `<script>`, and any
    /// `prefix:href` is `xlink:href`.
    static func withoutPrefixes(_ tag: HTMLTag) -> HTMLTag {
        var tag = tag
        if let colon = tag.name.lastIndex(of: ":") { tag.name = String(tag.name[tag.name.index(after: colon)...]) }
        for index in tag.attributes.indices where tag.attributes[index].name.hasSuffix(":href") {
            tag.attributes[index].name = "xlink:href"
        }
        return tag
    }

    /// `<?xml-stylesheet href="…"?>` loads a stylesheet into an XML document, as `<link rel="stylesheet">` does.
    private func checkStylesheetInstructions(in text: String, _ checked: inout CheckedFile) {
        var rest = text[...]
        while let start = rest.range(of: "<?xml-stylesheet") {
            let end = rest[start.upperBound...].range(of: "?>")?.lowerBound ?? rest.endIndex
            let instruction = rest[start.upperBound..<end]
            if let href = Self.pseudoAttribute("href", in: instruction) {
                let before = text[..<start.lowerBound]
                let line = before.utf8.count { $0 == UInt8(ascii: "\n") } + 1
                let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
                let column = text.unicodeScalars[lineStart..<start.lowerBound].count + 1
                _ = check(
                    href, .resource, "<?xml-stylesheet href=\"\(href)\"?>",
                    at: TextPosition(line: line, column: column), &checked)
            }
            rest = rest[end...]
        }
    }

    /// The value of `name="…"` or `name='…'` in a processing instruction.
    private static func pseudoAttribute(_ name: String, in text: Substring) -> String? {
        guard let found = text.range(of: name + "=") else { return nil }
        let afterEquals = text[found.upperBound...]
        guard let quote = afterEquals.first, quote == "\"" || quote == "'" else { return nil }
        let value = afterEquals.dropFirst().prefix { $0 != quote }
        return CharacterReferences.decode(String.UnicodeScalarView(value.unicodeScalars), inAttribute: true)
    }
}
