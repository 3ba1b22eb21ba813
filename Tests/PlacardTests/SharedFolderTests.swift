import Foundation
import Testing

/// Suites that read `../shared/` run where it exists and, elsewhere, say in one line that they were skipped.
@Suite struct SharedFolderTests {
    final class Lines: @unchecked Sendable {
        var lines: [String] = []
    }

    @Test func presentFolderRunsTheSuiteSilently() throws {
        let site = try TestSite("-- fixtures/import/a.xml --\n<a/>\n", templates: false)
        let printed = Lines()
        let available = SharedFolder.available(
            "fixtures/import", for: "PresentSuite", root: site.root, report: { printed.lines.append($0) })
        #expect(available)
        #expect(printed.lines.isEmpty)
        #expect(SharedFolder.path("fixtures/import", root: site.root) == site.root + "/fixtures/import")
    }

    @Test func missingFolderSkipsWithOneLine() throws {
        let site = try TestSite("-- fixtures/import --\na file, not a folder\n", templates: false)
        let printed = Lines()
        for relative in ["fixtures/import", "fixtures/import"] {
            let available = SharedFolder.available(
                relative, for: "MissingSuite", root: site.root + "/nothing-here", report: { printed.lines.append($0) })
            #expect(!available)
        }
        #expect(
            printed.lines == [
                "skipped: MissingSuite — ../shared/fixtures/import not found (CI and the team have it)"
            ])
        #expect(!SharedFolder.available("fixtures/import", for: "FileSuite", root: site.root, report: { _ in }))
    }
}
