import Foundation
import Templates

/// The official Mustache spec suite (../shared/fixtures/mustache-spec/ beside the repository), when it is there.
///
/// A bare clone has no such folder: the suite is not ours to copy in. Its tests then print one line saying so.
struct SpecSuite {
    /// The modules the engine must pass; lambdas are left out (they need code in the data).
    static let modules = [
        "comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance",
        "~dynamic-names",
    ]
    /// Where the suite is, from the repository's root.
    static let relativePath = "../shared/fixtures/mustache-spec"
    /// The line printed when the suite is not there.
    static let skipLine =
        "skipped: Mustache spec suite — \(relativePath) not found (CI and the team have it)"

    /// One case of a module.
    struct Case: Decodable {
        var name: String
        var desc: String
        var data: JSONData
        var template: String
        var partials: [String: String]?
        var expected: String
    }

    private struct Module: Decodable {
        var tests: [Case]
    }

    /// The folder holding the suite's JSON files.
    let folder: URL

    /// Finds the suite beside `repository`; `nil` when it is not there.
    static func locate(repository: URL) -> SpecSuite? {
        let folder = repository.appendingPathComponent(relativePath).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            return nil
        }
        return SpecSuite(folder: folder)
    }

    /// This repository's root, from this file's path.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// What running a module gave: the line saying it was skipped, or each case's output beside what it expects.
    enum Outcome {
        case skipped(String)
        case ran([(name: String, expected: String, rendered: String)])
    }

    /// Runs `module` of the suite beside `repository`, or says in one line that it is not there.
    static func run(_ module: String, repository: URL) throws -> Outcome {
        guard let suite = locate(repository: repository) else { return .skipped(skipLine) }
        return .ran(try suite.cases(module).map { ($0.name, $0.expected, try $0.render()) })
    }

    /// The cases of one module.
    func cases(_ module: String) throws -> [Case] {
        let data = try Data(contentsOf: folder.appendingPathComponent(module + ".json"))
        return try JSONDecoder().decode(Module.self, from: data).tests
    }
}

extension SpecSuite.Case {
    /// The case's template rendered with its data and partials; a template that does not compile renders as the
    /// error.
    func render() throws -> String {
        let templates =
            [(name: "test", text: template)]
            + (partials ?? [:]).sorted { $0.key < $1.key }.map {
                (name: $0.key, text: $0.value)
            }
        let library = TemplateLibrary(keys: [], templates: templates)
        if let failure = library.failures.first { return "\(failure.template): \(failure.error.reason)" }
        var output = TemplateOutput()
        try library.render("test", data.value(in: library), into: &output)
        return output.withBytes { String(decoding: $0, as: UTF8.self) }
    }
}
