import Foundation
import Testing

@testable import Placard

/// Aliases cannot make a YAML file cost more than it is long: an alias used as a key, and aliases that stand for more
/// than 10,000 values beyond what the file writes, are errors at the alias, in every YAML file a site has.
@Suite(.timeLimit(.minutes(1))) struct YAMLAliasTests {
    /// Ten levels of ten aliases each (10^10 values from 600 bytes), then the last used as a key.
    static let bomb: String = {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append(
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return (lines + ["? *a9", ": boom"]).joined(separator: "\n")
    }()

    static let tooMany =
        "error: invalid YAML: the aliases up to *a2 stand for more than 10,000 values; write the values out instead of "
        + "nesting aliases"

    @Test func refusesAnAliasBombInFrontMatter() async throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24", extra: Self.bomb))
        defer { site.removeAll() }
        let errors = await site.buildErrors()
        #expect(errors.hasPrefix("content/posts/a/index.md:7:45: " + Self.tooMany))
    }

    @Test func refusesAnAliasBombInSiteSettingsAndComments() async throws {
        let site = try TestSite(
            "-- content/site.yml --\ntitle: T\nbase_url: https://example.org/\n" + Self.bomb
                + post("a", title: "A", date: "2018-05-24")
                + "\n-- content/posts/a/comments.yml --\n- id: 1\n  body: hi\n  x:\n"
                + Self.bomb.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        defer { site.removeAll() }
        #expect(await site.buildErrors().hasPrefix("content/site.yml:6:45: " + Self.tooMany))
        try site.write("title: T\nbase_url: https://example.org/\n", to: "content/site.yml")
        #expect(await site.buildErrors().hasPrefix("content/posts/a/comments.yml:7:49: " + Self.tooMany))
    }

    @Test func refusesAnAliasUsedAsAKey() async throws {
        let site = try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24", extra: "x: &k 1\n? [*k]\n: 2"))
        defer { site.removeAll() }
        #expect(
            await site.buildErrors().hasPrefix(
                "content/posts/a/index.md:5:4: error: invalid YAML: the alias *k is used as a key; write the key out"))
    }

    @Test func keepsAliasesThatStandForLittle() async throws {
        let comments = (1...300).map { "- id: \($0)\n  author: \($0 == 1 ? "&ed The editor" : "*ed")\n  body: Hi." }
        let site = try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24")
                + "\n-- content/posts/a/comments.yml --\n" + comments.joined(separator: "\n"))
        defer { site.removeAll() }
        try await site.build()
        #expect(try site.page("posts/a/index.html").occurrences(of: "The editor") >= 50)
    }
}
