import Foundation
import Placard

/// Markdown for comment text: special characters escaped, inline and block constructs written safely.
enum MarkdownEscape {
    private static let everywhere: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "|"]
    private static let lineStart: Set<Character> = ["#", "-", "+", "=", ">"]

    /// Text with every character that Markdown could read as markup escaped.
    static func text(_ text: String, atLineStart: Bool) -> String {
        var result = ""
        for (offset, character) in text.enumerated() {
            if everywhere.contains(character) || (offset == 0 && atLineStart && lineStart.contains(character)) {
                result += "\\"
            } else if atLineStart, character == "." || character == ")",
                text.prefix(offset).allSatisfy(\.isNumber), offset > 0
            {
                result += "\\"
            }
            result.append(character)
        }
        return result
    }

    /// The Markdown for an inline or block element around already-converted `inner`.
    static func wrap(_ name: String, _ inner: String, href: String?) -> String {
        switch name {
        case "a": link(inner, href: href)
        case "em", "i": around(inner, "*")
        case "strong", "b": around(inner, "**")
        case "code": codeSpan(inner)
        case "pre": fence(inner)
        case "blockquote": quote(inner)
        default: inner
        }
    }

    private static func around(_ inner: String, _ marker: String) -> String {
        let trimmed = inner.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains("\n") else { return inner }
        let leading = inner.prefix { $0 == " " }
        let trailing = inner.hasSuffix(" ") && !inner.hasSuffix("\\ ") ? " " : ""
        return leading + marker + trimmed + marker + trailing
    }

    private static func link(_ inner: String, href: String?) -> String {
        guard let href = href?.trimmingCharacters(in: .whitespacesAndNewlines), isAllowed(href) else { return inner }
        let destination = href.replacingOccurrences(of: "\\", with: "%5C").replacingOccurrences(of: "<", with: "%3C")
            .replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: " ", with: "%20")
            .replacingOccurrences(of: "\n", with: "")
        let label = inner.trimmingCharacters(in: .whitespacesAndNewlines)
        return "[\(label.isEmpty ? text(href, atLineStart: false) : label)](<\(destination)>)"
    }

    private static func isAllowed(_ href: String) -> Bool {
        URLScheme.isWeb(href) || URLScheme.of(href) == "mailto" || href.hasPrefix("/") || href.hasPrefix("#")
    }

    private static func codeSpan(_ inner: String) -> String {
        guard !inner.contains("\n") else { return fence(inner) }
        let fence = String(repeating: "`", count: longestRun(of: "`", in: inner) + 1)
        let padded = inner.hasPrefix("`") || inner.hasSuffix("`") ? " \(inner) " : inner
        return fence + padded + fence
    }

    private static func fence(_ inner: String) -> String {
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: inner) + 1))
        return "\n\n\(fence)\n\(inner.trimmingCharacters(in: .newlines))\n\(fence)\n\n"
    }

    private static func quote(_ inner: String) -> String {
        let lines = inner.trimmingCharacters(in: .whitespacesAndNewlines).split(
            separator: "\n", omittingEmptySubsequences: false)
        return lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n") + "\n\n"
    }

    private static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0
        var current = 0
        for next in text {
            current = next == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
