import Yams

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the `---` lines.
    var yaml: String
    /// The Markdown after the closing `---`.
    var body: MarkdownSource

    /// Reads the Markdown file at `path` (below the site folder) and splits off its front matter, with a reader for
    /// its YAML.
    /// - Throws: a diagnostic when the file cannot be read, has no front matter or it is not closed.
    static func read(_ path: String, with reader: SourceReader) throws(Diagnostic) -> (FrontMatter, YAMLReader) {
        let file = try reader.read(path)
        return (try split(file), YAMLReader(file: file, lineOffset: 1))
    }

    /// ``read(_:with:)``, its error added to `diagnostics`: `nil` then.
    static func read(
        _ path: String, with reader: SourceReader, _ diagnostics: inout [Diagnostic]
    ) -> (FrontMatter, YAMLReader)? {
        do {
            return try read(path, with: reader)
        } catch {
            diagnostics.append(error)
            return nil
        }
    }

    /// Splits a file that starts with a `---` line; the front matter ends at the next `---` (or `...`) line.
    /// - Throws: a diagnostic when the file has no front matter or it is not closed.
    static func split(_ file: SourceFile) throws(Diagnostic) -> FrontMatter {
        guard file.text.contains(where: { !$0.isWhitespace }) else {
            throw file.diagnostic(
                "the file is empty; put a '---' line, then 'title: …' and 'date: …' lines, then '---' at the top",
                line: 1)
        }
        // Lines are found in the UTF-8 bytes: the text's line ends are all "\n" by now (SourceFile), and splitting a
        // whole post into Characters only to join its body again was slow (docs/performance.md).
        let text = file.text
        let utf8 = text.utf8
        func lineEnd(from start: String.Index) -> String.Index {
            utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        }
        func isFence(_ start: String.Index, _ end: String.Index, _ marks: [String]) -> Bool {
            var end = end
            while end > start, let last = utf8[..<end].last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
                end = utf8.index(before: end)
            }
            return marks.contains { utf8[start..<end].elementsEqual($0.utf8) }
        }
        let firstEnd = lineEnd(from: utf8.startIndex)
        guard isFence(utf8.startIndex, firstEnd, ["---"]) else {
            throw file.diagnostic(
                "the file does not start with front matter; put a '---' line, then 'title: …', then '---' at the top",
                line: 1
            )
        }
        guard firstEnd < utf8.endIndex else {
            throw file.diagnostic("the front matter is not closed; add a '---' line after its last key", line: 1)
        }
        let yamlStart = utf8.index(after: firstEnd)
        var start = yamlStart
        var line = 1
        while true {
            let end = lineEnd(from: start)
            if isFence(start, end, ["---", "..."]) {
                let yaml = start == yamlStart ? "" : String(text[yamlStart..<utf8.index(before: start)])
                let body = end == utf8.endIndex ? "" : String(text[utf8.index(after: end)...])
                return FrontMatter(yaml: yaml, body: MarkdownSource(path: file.path, text: body, firstLine: line + 2))
            }
            guard end < utf8.endIndex else {
                throw file.diagnostic("the front matter is not closed; add a '---' line after its last key", line: 1)
            }
            start = utf8.index(after: end)
            line += 1
        }
    }
}

extension YAMLReader {
    /// The front matter's keys; empty front matter has none, so that each required key is reported missing.
    mutating func frontMatterFields(_ front: FrontMatter) -> Fields? {
        let before = diagnostics.count
        guard let node = compose(front.yaml) else {
            return diagnostics.count == before ? Fields(pairs: [], start: nil) : nil
        }
        guard var fields = fields(node, expected: "the front matter") else { return nil }
        fields.start = nil
        return fields
    }
}
