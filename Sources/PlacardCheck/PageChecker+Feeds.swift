import Markup
import Placard

extension PageChecker {
    /// Checks a feed or the sitemap the build writes: each `<link href>` and `<loc>` is kept as a reference for
    /// `LinkChecker`, so that no entry or location names a page the output does not have.
    /// - Parameters:
    ///   - file: the XML text, with the path diagnostics show (`public/feed.xml`).
    ///   - path: its path below the output folder (`feed.xml`).
    func check(xml file: SourceFile, at path: String) -> CheckedFile {
        var checked = CheckedFile(file: file, path: path)
        for token in HTMLScanner.tokens(in: file.text) {
            guard case .start(let tag) = token, tag.name == "link", let href = tag.attribute("href") else { continue }
            _ = check(href.value, .link, tag.display(href), at: href.position, &checked)
        }
        let scalars = Array(file.text.unicodeScalars)
        let lines = LineIndex(scalars)
        for (start, end) in Self.elementTexts(named: "loc", in: scalars) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            let url = CharacterReferences.decode(text, inAttribute: false)
            _ = check(url, .link, "<loc>\(url)</loc>", at: lines.position(of: start), &checked)
        }
        return checked
    }

    /// The scalar ranges of the text of every `<name>…</name>` element (without attributes or children).
    private static func elementTexts(named name: String, in scalars: [Unicode.Scalar]) -> [(Int, Int)] {
        let open = Array("<\(name)>".unicodeScalars)
        let close = Array("</\(name)>".unicodeScalars)
        var ranges: [(Int, Int)] = []
        var offset = 0
        while let start = firstIndex(of: open, in: scalars, from: offset) {
            let textStart = start + open.count
            guard let end = firstIndex(of: close, in: scalars, from: textStart) else { break }
            ranges.append((textStart, end))
            offset = end + close.count
        }
        return ranges
    }

    private static func firstIndex(of needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard needle.count <= scalars.count else { return nil }
        var index = start
        while index + needle.count <= scalars.count {
            if scalars[index] == needle[0] && Array(scalars[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}
