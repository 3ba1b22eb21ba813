import Foundation
import Markup
import Placard

/// Rewrites the URLs of imported post HTML where a browser reads them (`HTMLScanner`): links (`<a href>`), what a
/// page loads (`src`, `poster`, `<object data>`, CSS `url()` in a `style` attribute) and `srcset` candidates.
///
/// Everything else stays byte for byte as written. A changed value is written back escaped, in double quotes, so that
/// no URL, whatever it holds, can end the attribute or the tag: a rewrite never introduces markup.
enum PostHTMLEditor {
    /// What a URL is used for.
    enum Use: Sendable, Equatable {
        /// Followed when the reader clicks: `<a href>`, `<area href>`.
        case link
        /// Loaded with the page.
        case resource
        /// One candidate of a `srcset`, which may be dropped.
        case candidate
    }

    /// What to do with one URL.
    enum Edit: Sendable, Equatable {
        case keep
        case replace(String)
        /// Leave the candidate out of its `srcset` (only for `.candidate`).
        case drop
    }

    /// The attributes that hold one URL, by element.
    static let attributes: [String: [String: Use]] = [
        "a": ["href": .link], "area": ["href": .link], "img": ["src": .resource, "srcset": .candidate],
        "source": ["src": .resource, "srcset": .candidate], "video": ["src": .resource, "poster": .resource],
        "audio": ["src": .resource], "track": ["src": .resource], "embed": ["src": .resource],
        "object": ["data": .resource],
    ]

    /// The HTML with every URL replaced as `edit` says; `edit` is called once per URL, in document order.
    static func rewrite(_ html: String, _ edit: (String, Use) -> Edit) -> String {
        var scanner = HTMLScanner(html)
        var changes: [(range: Range<Int>, text: String)] = []
        while let token = scanner.next() {
            guard case .start(let tag) = token else { continue }
            var removed: Set<String> = []
            for attribute in tag.attributes {
                guard let written = attribute.written else { continue }
                let use = attributes[tag.name]?[attribute.name]
                var value: String?
                switch (use, attribute.name) {
                case (.candidate?, _):
                    value = srcset(attribute.value, edit)
                    if value?.isEmpty == true {
                        removed.insert(attribute.name)
                        changes.append((removal(attribute, in: scanner.scalars), ""))
                        continue
                    }
                case (let use?, _):
                    if case .replace(let url) = edit(attribute.value, use) { value = url }
                case (nil, "style"):
                    let css = CSSURLEditor.rewrite(attribute.value) { url in
                        if case .replace(let new) = edit(url, .resource) { return new }
                        return nil
                    }
                    value = css == attribute.value ? nil : css
                default: break
                }
                if let value { changes.append((written, "\"" + HTML.escapeAttribute(value) + "\"")) }
            }
            if removed.contains("srcset"), let sizes = tag.attribute("sizes") {
                changes.append((removal(sizes, in: scanner.scalars), ""))
            }
        }
        return apply(changes, to: scanner.scalars, original: html)
    }

    /// A `srcset` with its candidates edited; nil when nothing changed, empty when every candidate was dropped.
    private static func srcset(_ value: String, _ edit: (String, Use) -> Edit) -> String? {
        var kept: [String] = []
        var seen = Set<String>()
        var changed = false
        for candidate in candidates(value) {
            switch edit(candidate.url, .candidate) {
            case .keep: kept.append(candidate.url + candidate.descriptor)
            case .replace(let url):
                changed = true
                // Several sizes that became one file (WordPress.com's `?w=`) are written once.
                if seen.insert(url).inserted { kept.append(url + candidate.descriptor) }
            case .drop: changed = true
            }
        }
        return changed ? kept.joined(separator: ", ") : nil
    }

    /// The candidates of a `srcset`: each URL and what follows it up to the comma (` 300w`).
    static func candidates(_ srcset: String) -> [(url: String, descriptor: String)] {
        let urls = HTMLTag.candidateURLs(srcset)
        var result: [(String, String)] = []
        var rest = Substring(srcset)
        for url in urls {
            guard let range = rest.range(of: url) else { break }
            rest = rest[range.upperBound...]
            let descriptor = rest.prefix { $0 != "," }
            rest = rest.dropFirst(descriptor.count)
            let trimmed = descriptor.trimmingCharacters(in: .whitespacesAndNewlines)
            result.append((url, trimmed.isEmpty ? "" : " " + trimmed))
        }
        return result
    }

    /// The range that removes an attribute, with the white space before it.
    private static func removal(_ attribute: HTMLAttribute, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var start = attribute.span.lowerBound
        while start > 0, HTMLScanner.isSpace(scalars[start - 1]) { start -= 1 }
        return start..<(attribute.written?.upperBound ?? attribute.span.upperBound)
    }

    private static func apply(
        _ changes: [(range: Range<Int>, text: String)], to scalars: [Unicode.Scalar], original: String
    ) -> String {
        guard !changes.isEmpty else { return original }
        var result = String.UnicodeScalarView()
        var position = 0
        for change in changes.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where change.range.lowerBound >= position {
            result.append(contentsOf: scalars[position..<change.range.lowerBound])
            result.append(contentsOf: change.text.unicodeScalars)
            position = change.range.upperBound
        }
        result.append(contentsOf: scalars[position...])
        return String(result)
    }
}

/// The URLs imported post HTML loads or links to, in the places `PostHTMLEditor` rewrites.
enum MediaScan {
    /// Every such URL, in document order, each once.
    static func urls(in html: String) -> [String] {
        var urls: [String] = []
        var seen = Set<String>()
        _ = PostHTMLEditor.rewrite(html) { url, _ in
            if seen.insert(url).inserted { urls.append(url) }
            return .keep
        }
        return urls
    }
}
