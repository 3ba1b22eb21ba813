import CommonMark
import Mustache

/// The theme's Mustache templates, compiled once, with their partials and layouts checked before any page renders.
struct TemplateSet: Sendable {
    /// The compiled templates, by name (`post`, `partials/comment`…).
    let library: MustacheLibrary
    /// The names of the templates that were found.
    let names: Set<String>

    /// Reads every `.mustache` file below `folder` (a path below the site folder, usually `templates`).
    /// - Throws: a diagnostic for each template with a syntax error and each partial or layout that does not exist.
    init(folder: String, reader: SourceReader) throws(BuildFailure) {
        var library = MustacheLibrary()
        var names: Set<String> = []
        var diagnostics: [Diagnostic] = []
        var sources: [(String, SourceFile)] = []
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
        for name in files where name.hasSuffix(".mustache") {
            let templateName = String(name.dropLast(".mustache".count))
            do {
                let file = try reader.read(folder + "/" + name)
                library.register(try Self.compile(file), named: templateName)
                names.insert(templateName)
                sources.append((templateName, file))
            } catch let error as Diagnostic {
                diagnostics.append(error)
            } catch {
                diagnostics.append(Diagnostic("\(error)", at: SourceLocation(path: folder + "/" + name, line: 1)))
            }
        }
        for (_, file) in sources { diagnostics += Self.missingReferences(in: file, known: names) }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }
        self.library = library
        self.names = names
    }

    /// Renders a template with a context; the template's existence was checked when the set was read.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(TemplateObject.wrap(context), withTemplate: name) ?? ""
    }

    /// Checks that the templates a build needs are there.
    /// - Throws: one diagnostic per missing template.
    func require(_ required: [String], folder: String) throws(BuildFailure) {
        let missing = required.filter { !names.contains($0) }
        guard !missing.isEmpty else { return }
        throw BuildFailure(
            missing.map { name in
                Diagnostic(
                    "the theme has no '\(name)' template, which renders these pages; add \(folder)/\(name).mustache",
                    at: SourceLocation(path: "\(folder)/\(name).mustache", line: 1)
                )
            })
    }

    /// Compiles a template whose `{{variables}}` are escaped by ``EscapedHTML``: a standalone content-type tag is put
    /// on a line of its own before the template's first line, so the template renders as written, and syntax errors
    /// are reported one line up, on the author's line.
    private static func compile(_ file: SourceFile) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: EscapedHTML.pragma + file.text)
        } catch let error as MustacheTemplate.ParserError {
            throw file.diagnostic(
                "template syntax error: \(describe(error.error)); check that every {{#section}} has its {{/section}}",
                line: max(1, error.context.lineNumber - 1),
                column: error.context.columnNumber
            )
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: "a section is closed with another section's name"
        case .unfinishedName?: "a tag is not closed with }}"
        case .expectedSectionEnd?: "a section is never closed"
        case .invalidSetDelimiter?: "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection?: "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            "only {{$block}} sections may stand inside {{<layout}}"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: "invalid {{% config }} tag"
        case nil: "\(error)"
        }
    }
}

/// The escaping of `{{variable}}` in every template: the same five characters as swift-mustache's own HTML content
/// type (`&`, `<`, `>`, `"` and `'`), found by one scan of the bytes, and text without them returned as it is. The
/// library's own escaping looks every character up in a dictionary and copies every string, and every rendered
/// comment's author, date and link go through it.
struct EscapedHTML: MustacheContentType {
    /// The tag that selects this content type, on a line of its own (standalone tags leave no trace in the output).
    /// swift-mustache starts every template, partials included, with its HTML content type, so each needs the tag.
    static let pragma: String = {
        MustacheContentTypes.register(EscapedHTML(), named: "PLACARD_HTML")
        return "{{% CONTENT_TYPE: PLACARD_HTML }}\n"
    }()

    func escapeText(_ text: String) -> String { HTML.escapeAttribute(text) }
}

/// A context object as the templates see it: a dictionary behind a class. swift-mustache asks every object on the
/// context stack whether it is a `MustacheParent` for every name it looks up; for `[String: Any]` that is a
/// conditional conformance the runtime checks anew each time, for a class a cached answer.
final class TemplateObject: MustacheParent, MustacheTransformable, CustomStringConvertible {
    /// The values, with dictionaries wrapped.
    let values: [String: Any]
    /// The dictionary as given, for `{{.}}`.
    let original: [String: Any]

    init(_ original: [String: Any]) {
        self.original = original
        values = original.mapValues(Self.wrapValue)
    }

    func child(named name: String) -> Any? { values[name] }

    func transform(_ name: String) -> Any? { original.transform(name) }

    var description: String { original.description }

    /// The context with every nested dictionary, and every dictionary in a list, wrapped.
    static func wrap(_ values: [String: Any]) -> TemplateObject { TemplateObject(values) }

    private static func wrapValue(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: wrap(dictionary)
        // Lists of text or numbers stay as they are, so that `sorted()` still applies to them.
        case let list as [Any] where list.contains(where: { $0 is [String: Any] || $0 is [Any] }): list.map(wrapValue)
        default: value
        }
    }
}
