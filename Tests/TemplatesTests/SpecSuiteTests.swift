import Foundation
import Templates
import Testing

/// The official Mustache spec suite, when ../shared/fixtures/mustache-spec is there; one line saying it was skipped
/// when it is not.
@Suite struct SpecSuiteTests {
    @Test(arguments: SpecSuite.modules)
    func passesTheSpecModule(_ module: String) throws {
        switch try SpecSuite.run(module, repository: SpecSuite.repository) {
        case .skipped(let line):
            if module == SpecSuite.modules[0] { print(line) }
        case .ran(let results):
            #expect(!results.isEmpty)
            for result in results {
                #expect(result.rendered == result.expected, "\(module): \(result.name)")
            }
        }
    }

    @Test func skipsWithOneLineWhenTheSuiteIsNotThere() throws {
        let root = try TemporaryFolder()
        let outcome = try SpecSuite.run("comments", repository: root.url.appendingPathComponent("repo"))
        guard case .skipped(let line) = outcome else {
            Issue.record("ran without a suite")
            return
        }
        #expect(
            line
                == "skipped: Mustache spec suite — ../shared/fixtures/mustache-spec not found (CI and the team have it)"
        )
    }

    @Test func runsTheCasesOfASuiteBesideTheRepository() throws {
        let root = try TemporaryFolder()
        let suiteFolder = root.url.appendingPathComponent("shared/fixtures/mustache-spec")
        try FileManager.default.createDirectory(at: suiteFolder, withIntermediateDirectories: true)
        let cases = """
            {"tests": [
              {"name": "passes", "desc": "", "data": {"a": 1}, "template": "{{a}}", "expected": "1"},
              {"name": "fails", "desc": "", "data": {"a": "<"}, "template": "{{a}}", "expected": "<"}
            ]}
            """
        try Data(cases.utf8).write(to: suiteFolder.appendingPathComponent("comments.json"))
        let outcome = try SpecSuite.run("comments", repository: root.url.appendingPathComponent("repo"))
        guard case .ran(let results) = outcome else {
            Issue.record("skipped a suite that is there")
            return
        }
        #expect(results.map(\.name) == ["passes", "fails"])
        #expect(results.map(\.rendered) == ["1", "&lt;"])
    }
}
