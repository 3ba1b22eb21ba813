import Foundation
import Templates

/// The theme's Mustache templates, compiled once, with their partials, layouts and loops checked before any page
/// renders.
struct TemplateSet: Sendable {
    /// The compiled templates, by name (`post`, `partials/comment`…).
    let library: TemplateLibrary
    /// Each template's source, by template name, for the positions of errors found while rendering.
    let sources: [String: SourceFile]
    /// The folder the templates were read from, below the site folder.
    let folder: String

    /// Reads every `.mustache` file below `folder` (a path below the site folder, usually `templates`).
    /// - Throws: a diagnostic for each template with a syntax error, each partial or layout that does not exist, and
    ///   each partial or layout that always includes itself again.
    init(folder: String, reader: SourceReader) throws(BuildFailure) {
        let files: [String]
        do {
            files = try reader.files(below: folder)
        } catch let problems as BuildFailure {
            throw problems
        } catch {
            throw BuildFailure([
                Diagnostic(
                    "there is no templates folder (\(SourceReader.reason(error))); copy the default theme's templates/",
                    at: SourceLocation(path: folder, line: 1)
                )
            ])
        }
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceFile] = [:]
        for name in files where name.hasSuffix(".mustache") {
            do {
                sources[String(name.dropLast(".mustache".count))] = try reader.read(folder + "/" + name)
            } catch {
                diagnostics.append(error)
            }
        }
        library = TemplateLibrary(
            keys: TemplateKey.names, templates: sources.keys.sorted().map { ($0, sources[$0]!.text) })
        self.sources = sources
        self.folder = folder
        diagnostics += library.failures.map { failure in
            diagnostic(
                "template syntax error: \(failure.error.reason); \(Self.advice(failure.error.kind))",
                template: failure.template, offset: failure.error.offset)
        }
        diagnostics += missingInclusions() + cycles()
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }
    }

    /// Renders a template with a context, as bytes.
    /// - Throws: when partials or layouts nest without end for this page's data.
    func render(_ name: String, _ context: some TemplateContext) throws(BuildFailure) -> Data {
        var output = TemplateOutput(capacity: 32 * 1024)
        do {
            try library.render(name, .object(context), into: &output)
        } catch {
            let loop = error.chain.joined(separator: " → ")
            throw BuildFailure([
                diagnostic(
                    "partials and layouts nest more than \(TemplateRenderError.depthLimit) deep here (\(loop)); "
                        + "a template includes itself and this page's data never ends it",
                    template: library.name(of: error.site.template), offset: error.site.offset)
            ])
        }
        return output.withBytes { Data($0) }
    }

    /// How to fix a syntax error of this kind.
    private static func advice(_ kind: TemplateSyntaxError.Kind) -> String {
        switch kind {
        case .sectionClosedWithOtherName, .closeWithoutOpen, .sectionNeverClosed:
            "check that every {{#section}} has its {{/section}}"
        case .unfinishedTag, .emptyName: "write each tag as {{name}}, on one line"
        case .unknownTransform: "use one of those, or the name alone"
        case .invalidSetDelimiter: "write it as {{=<% %>=}}, two delimiters and an equals sign on each side"
        case .transformOnBlock: "name the block or partial without a transform"
        case .tagInsideParent: "move the tag into one of the layout's blocks"
        case .pragma: "remove the tag"
        }
    }

    /// Checks that the templates a build needs are there.
    /// - Throws: one diagnostic per missing template.
    func require(_ required: [String]) throws(BuildFailure) {
        let missing = required.filter { !library.contains($0) }
        guard !missing.isEmpty else { return }
        throw BuildFailure(
            missing.map { name in
                Diagnostic(
                    "the theme has no '\(name)' template, which renders these pages; add \(folder)/\(name).mustache",
                    at: SourceLocation(path: "\(folder)/\(name).mustache", line: 1)
                )
            })
    }

    /// Every `{{> partial}}` and `{{< layout}}` tag that names no template of the set. (A Mustache library renders a
    /// missing partial as nothing; a theme author would rather know.)
    private func missingInclusions() -> [Diagnostic] {
        library.inclusions.filter { !sources.keys.contains($0.name) }.map { inclusion in
            let kind = inclusion.kind == .partial ? "partial" : "layout"
            return diagnostic(
                "the \(kind) '\(inclusion.name)' does not exist; add \(folder)/\(inclusion.name).mustache or fix the name",
                template: library.name(of: inclusion.site.template), offset: inclusion.site.offset)
        }
    }

    /// Every partial or layout tag that always includes its own template again.
    private func cycles() -> [Diagnostic] {
        library.cycles.map { cycle in
            let loop = cycle.path.joined(separator: " → ")
            let message =
                cycle.kind == .partial
                ? "this partial includes itself again before anything can end it (\(loop)); "
                    + "include it inside a section whose data ends, as partials/comment does with {{#replies}}"
                : "this layout inherits itself (\(loop)); a layout must not include the template that inherits it"
            return diagnostic(message, template: library.name(of: cycle.site.template), offset: cycle.site.offset)
        }
    }

    /// A diagnostic at a byte offset of a template.
    func diagnostic(_ message: String, template: String, offset: Int) -> Diagnostic {
        guard let file = sources[template] else {
            return Diagnostic(message, at: SourceLocation(path: "\(folder)/\(template).mustache", line: 1))
        }
        let position = TemplatePosition(offset: offset, in: file.text)
        return file.diagnostic(message, line: position.line, column: position.column)
    }
}
