import Foundation
import Testing

@testable import Placard

/// A site without `languages:` builds byte for byte as Placard built it before it had languages: the example site,
/// its translations and `languages:` taken out, against Fixtures/one-language-public.txt (recorded from the output of
/// the commit before languages; the stylesheet, which gained rules, left out).
@Suite struct OneLanguageSiteTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/one-language-public.txt").path

    /// FNV-1a, 64 bits.
    static func hash(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test func theExampleSiteInOneLanguageBuildsTheBytesItBuiltBeforeLanguages() async throws {
        let site = try TestSite("")
        try FileManager.default.copyItem(atPath: TestSite.repository + "/content", toPath: site.root + "/content")
        let config = try site.read("content/site.yml")
        let start = try #require(config.range(of: "languages:\n"))
        try site.write(String(config[..<start.lowerBound]), to: "content/site.yml")
        for path in try FileSystem.disk.files(below: site.root + "/content") where path.hasSuffix(".es.md") {
            try FileManager.default.removeItem(atPath: site.root + "/content/" + path)
        }
        let summary = try await site.build()
        #expect(summary.warnings.isEmpty)
        let expected = try String(contentsOfFile: Self.fixture, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        let built = try FileSystem.disk.files(below: site.root + "/public").filter { $0 != "assets/style.css" }
        #expect(built == expected.map { String($0[2]) })
        for line in expected {
            let path = String(line[2])
            let data = try Data(contentsOf: URL(fileURLWithPath: site.root + "/public/" + path))
            #expect("\(Self.hash(data)) \(data.count)" == "\(line[0]) \(line[1])", "public/\(path) differs")
        }
    }
}
