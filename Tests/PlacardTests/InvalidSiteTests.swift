import Foundation
import Testing

@testable import Placard

/// Each file in Fixtures/invalid-sites is a small site followed by `-- expected --` and the exact diagnostics that
/// loading it prints. `UPDATE_GOLDEN=1` re-records the expectations.
@Suite struct InvalidSiteTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/invalid-sites").path

    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()

    @Test func thereAreFixtures() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases)
    func reportsExactDiagnostics(fixture: String) throws {
        let path = Self.folder + "/" + fixture
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let marker = "-- expected --\n"
        let parts = text.components(separatedBy: marker)
        #expect(parts.count == 2, "\(fixture) needs one '-- expected --' section")
        let site = try TestSite(parts[0], templates: false)
        let printed: String
        do {
            let (_, warnings) = try site.load()
            printed = warnings.map(\.description).joined(separator: "\n")
        } catch {
            printed = error.diagnostics.map(\.description).joined(separator: "\n")
        }
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try (parts[0] + marker + printed + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(!printed.isEmpty, "\(fixture) loads without any diagnostic")
        #expect(printed + "\n" == parts[1])
    }
}
