import Foundation
import Testing

@testable import Placard

/// The committed `public/` is exactly what a fresh build of `content/` with `templates/` writes.
/// `UPDATE_GOLDEN=1 swift test --filter GoldenSiteTests` re-records it.
@Suite struct GoldenSiteTests {
    @Test func freshBuildOfTheExampleSiteEqualsTheCommittedPublicFolder() async throws {
        let repository = TestSite.repository
        let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("placard-golden-\(UUID())").path
        let output = update ? repository + "/public" : scratch
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        _ = try await SiteBuilder(BuildOptions(source: repository, output: output)).build()
        let expected = try FileSystem.disk.files(below: repository + "/public")
        let built = try FileSystem.disk.files(below: output)
        #expect(built == expected, "the file lists differ")
        for path in built where expected.contains(path) {
            let left = try Data(contentsOf: URL(fileURLWithPath: output + "/" + path))
            let right = try Data(contentsOf: URL(fileURLWithPath: repository + "/public/" + path))
            #expect(left == right, "public/\(path) differs from a fresh build; UPDATE_GOLDEN=1 re-records it")
        }
    }
}
