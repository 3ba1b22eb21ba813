import Foundation
import Testing

/// `build`, `check` and `translations` on a theme whose partials or layout include themselves: a located error and
/// exit status 1, where they used to die by SIGSEGV with no message.
@Suite struct TemplateRecursionCommandTests {
    static let site = [
        "content/site.yml": "title: T\nbase_url: https://example.org/\n",
        "content/posts/a/index.md": "---\ntitle: A\ndate: 2018-05-24\n---\nBody.\n",
    ]

    @Test(arguments: ["build", "check", "translations"])
    func reportsAPartialThatIncludesItself(_ command: String) async throws {
        let root = try makeSite(
            Self.site.merging(["templates/partials/share.mustache": "{{> partials/share}}\n"]) { $1 })
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = await InProcessCommand.run([command], in: root)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "templates/partials/share.mustache:1:1: error: this partial includes itself again before anything can end it"
            ), "\(result.stderr)")
        #expect(!exists(root, "public"))
    }

    @Test(arguments: ["build", "check", "translations"])
    func reportsALoopTheDataNeverEnds(_ command: String) async throws {
        let loop = "{{#site}}{{> partials/share}}{{/site}}\n"
        let root = try makeSite(Self.site.merging(["templates/partials/share.mustache": loop]) { $1 })
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = await InProcessCommand.run([command], in: root)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "templates/partials/share.mustache:1:10: error: partials and layouts nest more than 200 deep here"),
            "\(result.stderr)")
        #expect(!exists(root, "public"))
    }
}
