import Foundation
import Placard
import Testing

/// The inputs kept in Fixtures/fuzz (crashes of the fuzz target, Fuzz/PlacardFuzz.swift run by scripts/fuzz, once
/// fixed, and hand-made hostile shapes), run through load, parse and render the same way: before its first NUL byte
/// an input is a post's index.md, after it the post's comments.yml. Each gives a page or a diagnostic, never a crash.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz").path

    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()

    static let theme: [String: Data] = {
        var files: [String: Data] = [:]
        let templates = TestSite.repository + "/templates"
        let enumerator = FileManager.default.enumerator(atPath: templates)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: templates + "/" + path) {
                files["/site/templates/" + path] = data
            }
        }
        return files
    }()

    static let siteYAML = """
        title: Fuzz
        base_url: https://example.org/
        author: {name: A, url: "https://example.org/"}
        comments: {max_depth: 3, per_page: 2}

        """

    /// Renders the site an input makes; the output files, or the diagnostics of a build that fails.
    static func render(_ input: Data) -> Result<[OutputFile], BuildFailure> {
        var files = theme
        files["/site/content/site.yml"] = Data(siteYAML.utf8)
        if let separator = input.firstIndex(of: 0) {
            files["/site/content/posts/a/index.md"] = Data(input[..<separator])
            files["/site/content/posts/a/comments.yml"] = Data(input[(separator + 1)...])
        } else {
            files["/site/content/posts/a/index.md"] = input
        }
        var options = BuildOptions(source: "/site")
        options.parallel = false
        return Result { () throws(BuildFailure) in
            try SiteBuilder(options, fileSystem: .memory(files)).render().files
        }
    }

    @Test func aValidInputRendersThePost() throws {
        let input = Data("---\ntitle: A\ndate: 2018-05-24\n---\nHi.\n\0- id: 1\n  body: Yes\n".utf8)
        let files = try Self.render(input).get()
        let page = try #require(files.first { $0.path == "posts/a/index.html" })
        guard case .data(let html) = page.contents else { throw CancellationError() }
        #expect(String(decoding: html, as: UTF8.self).contains("id=\"comment-1\""))
    }

    @Test(arguments: inputs)
    func aKeptInputGivesAPageOrAnError(name: String) throws {
        let input = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name))
        switch Self.render(input) {
        case .success(let files):
            #expect(files.contains { $0.path == "posts/a/index.html" || $0.path.hasSuffix("/index.html") })
        case .failure(let failure):
            #expect(failure.errorCount > 0)
            #expect(failure.diagnostics.allSatisfy { $0.location?.path.hasPrefix("content/posts/a/") ?? false })
        }
    }
}
