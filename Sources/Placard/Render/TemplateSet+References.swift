import Foundation

extension TemplateSet {
    /// Every `{{> partial}}` and `{{< layout}}` tag in a template that names no template of the set, as diagnostics.
    ///
    /// swift-mustache renders a missing partial as nothing; a theme author would rather know.
    /// Only the default `{{ }}` delimiters are looked at.
    static func missingReferences(in file: SourceFile, known: Set<String>) -> [Diagnostic] {
        // A scan of the bytes for "{{>" and "{{<"; the column (in characters, as everywhere) is counted only for a
        // reference that is reported. Stepping through Characters here was 5% of a one-post build.
        var diagnostics: [Diagnostic] = []
        let text = file.text
        let utf8 = text.utf8
        var line = 1
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        var twoBack: UInt8 = 0
        var oneBack: UInt8 = 0
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if twoBack == UInt8(ascii: "{"), oneBack == UInt8(ascii: "{"),
                byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<")
            {
                let tagStart = utf8.index(index, offsetBy: -2)
                let close = text[next...].range(of: "}}")?.lowerBound ?? text.endIndex
                let name = text[next..<close].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !known.contains(name) {
                    let kind = byte == UInt8(ascii: ">") ? "partial" : "layout"
                    diagnostics.append(
                        file.diagnostic(
                            "the \(kind) '\(name)' does not exist; add templates/\(name).mustache or fix the name",
                            line: line,
                            column: text[lineStart..<tagStart].count + 1
                        ))
                }
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = next
            }
            twoBack = oneBack
            oneBack = byte
            index = next
        }
        return diagnostics
    }
}
