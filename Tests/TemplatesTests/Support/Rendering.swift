import Foundation
import Templates

/// Renders `template` with data written as JSON and partials by name.
func render(_ template: String, _ json: String = "{}", partials: [String: String] = [:]) throws -> String {
    let library = try compile(template, partials: partials)
    return try render(library, json)
}

/// Compiles `template` as "main" beside `partials`.
/// - Throws: the first template's syntax error.
func compile(_ template: String, partials: [String: String] = [:]) throws -> TemplateLibrary {
    let templates =
        [(name: "main", text: template)]
        + partials.sorted { $0.key < $1.key }.map {
            (name: $0.key, text: $0.value)
        }
    let library = TemplateLibrary(keys: [], templates: templates)
    if let failure = library.failures.first { throw failure.error }
    return library
}

/// Renders "main" of `library` with data written as JSON.
func render(_ library: TemplateLibrary, _ json: String = "{}") throws -> String {
    let data = try JSONDecoder().decode(JSONData.self, from: Data(json.utf8))
    var output = TemplateOutput()
    try library.render("main", data.value(in: library), into: &output)
    return output.withBytes { String(decoding: $0, as: UTF8.self) }
}
