import Yams

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the `---` lines.
    var yaml: String
    /// The Markdown after the closing `---`.
    var body: MarkdownSource

    /// Splits a file that starts with a `---` line; the front matter ends at the next `---` (or `...`) line.
    /// - Throws: a diagnostic when the file has no front matter or it is not closed.
    static func split(_ file: SourceFile) throws(Diagnostic) -> FrontMatter {
        guard file.text.contains(where: { !$0.isWhitespace }) else {
            throw file.diagnostic(
                "the file is empty; put a '---' line, then 'title: …' and 'date: …' lines, then '---' at the top",
                line: 1)
        }
        var lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            throw file.diagnostic(
                "the file does not start with front matter; put a '---' line, then 'title: …', then '---' at the top",
                line: 1
            )
        }
        lines = lines.dropFirst()
        guard let end = lines.firstIndex(where: { ["---", "..."].contains($0.trimmingTrailingSpaces) }) else {
            throw file.diagnostic("the front matter is not closed; add a '---' line after its last key", line: 1)
        }
        let yaml = lines[..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, body: MarkdownSource(path: file.path, text: body, firstLine: end + 2))
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
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
