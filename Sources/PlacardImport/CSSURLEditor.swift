import Markup
import Placard

/// Rewrites the `url(…)`s of a CSS declaration list (a `style` attribute's value), read as CSS's tokenizer reads them:
/// comments and strings are copied as they are (`content: "url(x)"` holds no URL), `URL(` counts as `url(`, and
/// escapes (`\28`) are decoded before the URL is looked at. A replaced URL is written `url("…")` with `"`, `\` and line
/// breaks escaped, so that it cannot end its string.
enum CSSURLEditor {
    /// The text with each `url()` whose URL `replace` returns a new one for replaced.
    static func rewrite(_ css: String, _ replace: (String) -> String?) -> String {
        let scalars = Array(css.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "/", index + 1 < scalars.count, scalars[index + 1] == "*" {
                let end = commentEnd(scalars, from: index + 2)
                result.append(contentsOf: scalars[index..<end])
                index = end
            } else if scalar == "\"" || scalar == "'" {
                let end = stringEnd(scalars, from: index)
                result.append(contentsOf: scalars[index..<end])
                index = end
            } else if isURLFunction(scalars, at: index), let (url, end) = readURL(scalars, from: index + 4),
                let new = replace(url)
            {
                result.append(contentsOf: "url(\"\(escaped(new))\")".unicodeScalars)
                index = end
            } else {
                result.append(scalar)
                index += 1
            }
        }
        return String(result)
    }

    /// Whether `url(` (in any case) starts at `index`, not inside a longer name.
    private static func isURLFunction(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 4 <= scalars.count,
            String(String.UnicodeScalarView(scalars[index..<index + 4])).lowercased() == "url("
        else { return false }
        guard index > 0 else { return true }
        let before = scalars[index - 1]
        return
            !(HTMLScanner.isLetter(before) || ("0"..."9").contains(before) || before == "-" || before == "_"
            || before == "\\" || before.value >= 0x80)
    }

    /// After `url(`: the URL, its escapes decoded, and the offset after `)`; nil when the function is not closed.
    private static func readURL(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var index = start
        while index < scalars.count, HTMLScanner.isSpace(scalars[index]) { index += 1 }
        guard index < scalars.count else { return nil }
        var value = String.UnicodeScalarView()
        if scalars[index] == "\"" || scalars[index] == "'" {
            let quote = scalars[index]
            index += 1
            while index < scalars.count, scalars[index] != quote {
                if scalars[index] == "\n" { return nil }
                index = decode(scalars, at: index, into: &value)
            }
            index += 1
        } else {
            while index < scalars.count, scalars[index] != ")", !HTMLScanner.isSpace(scalars[index]) {
                index = decode(scalars, at: index, into: &value)
            }
        }
        while index < scalars.count, HTMLScanner.isSpace(scalars[index]) { index += 1 }
        guard index < scalars.count, scalars[index] == ")" else { return nil }
        return (String(value), index + 1)
    }

    /// Appends the character at `index`, or the one its escape stands for; returns the offset after it.
    private static func decode(_ scalars: [Unicode.Scalar], at index: Int, into value: inout String.UnicodeScalarView)
        -> Int
    {
        guard scalars[index] == "\\", index + 1 < scalars.count else {
            value.append(scalars[index])
            return index + 1
        }
        var next = index + 1
        var code: UInt32 = 0
        var digits = 0
        while digits < 6, next < scalars.count, scalars[next].isASCII,
            let digit = UInt32(String(scalars[next]), radix: 16)
        {
            code = code * 16 + digit
            digits += 1
            next += 1
        }
        guard digits > 0 else {
            value.append(scalars[next])
            return next + 1
        }
        if next < scalars.count, HTMLScanner.isSpace(scalars[next]) { next += 1 }
        value.append(code == 0 ? "\u{FFFD}" : Unicode.Scalar(code) ?? "\u{FFFD}")
        return next
    }

    private static func commentEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index + 1 < scalars.count, !(scalars[index] == "*" && scalars[index + 1] == "/") { index += 1 }
        return min(index + 2, scalars.count)
    }

    /// The offset after a string that starts at `start`, escapes skipped; a string ends at a line break too.
    private static func stringEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        let quote = scalars[start]
        var index = start + 1
        while index < scalars.count, scalars[index] != quote, scalars[index] != "\n" {
            index += scalars[index] == "\\" ? 2 : 1
        }
        return min(index + 1, scalars.count)
    }

    private static func escaped(_ url: String) -> String {
        var result = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "\"", "\\": result += "\\" + String(scalar)
            case "\n": result += "\\a "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
