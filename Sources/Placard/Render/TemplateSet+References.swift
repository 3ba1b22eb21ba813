import Foundation

extension TemplateSet {
    /// Every `{{> partial}}` and `{{< layout}}` tag in a template that names no template of the set, as diagnostics.
    ///
    /// swift-mustache renders a missing partial as nothing; a theme author would rather know.
    /// Only the default `{{ }}` delimiters are looked at.
    static func missingReferences(in file: SourceFile, known: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var line = 1
        var column = 1
        var index = file.text.startIndex
        let text = file.text
        while index < text.endIndex {
            if text[index...].hasPrefix("{{>") || text[index...].hasPrefix("{{<") {
                let nameStart = text.index(index, offsetBy: 3)
                let close = text[nameStart...].range(of: "}}")?.lowerBound ?? text.endIndex
                let name = text[nameStart..<close].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !known.contains(name) {
                    let kind = text[text.index(after: text.index(after: index))] == ">" ? "partial" : "layout"
                    diagnostics.append(
                        file.diagnostic(
                            "the \(kind) '\(name)' does not exist; add templates/\(name).mustache or fix the name",
                            line: line,
                            column: column
                        ))
                }
            }
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        return diagnostics
    }
}
