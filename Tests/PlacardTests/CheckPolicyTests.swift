import Foundation
import Testing

@testable import Placard
@testable import PlacardCheck

@Suite struct CheckPolicyTests {
    /// The theme's base layout with its Content-Security-Policy replaced.
    func site(policy: String?) throws -> TestSite {
        let base = try String(contentsOfFile: TestSite.repository + "/templates/base.mustache", encoding: .utf8)
        let line = try #require(base.split(separator: "\n").first { $0.contains("Content-Security-Policy") })
        let replaced = base.replacingOccurrences(
            of: String(line),
            with: policy.map { "<meta http-equiv=\"Content-Security-Policy\" content=\"\($0)\">" } ?? "")
        return try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24") + "\n-- templates/base.mustache --\n" + replaced)
    }

    func errors(policy: String?) async throws -> Set<String> {
        let site = try site(policy: policy)
        let report = try await SiteChecker(BuildOptions(source: site.root)).check()
        return Set(report.diagnostics.filter { $0.severity == .error }.map(\.message))
    }

    @Test func everyPageNeedsAPolicy() async throws {
        let site = try site(policy: nil)
        let report = try await SiteChecker(BuildOptions(source: site.root)).check()
        let missing = report.diagnostics.filter { $0.message.hasPrefix("the page has no Content-Security-Policy") }
        #expect(missing.count == report.pages)
        #expect(
            missing.first?.message
                == "the page has no Content-Security-Policy <meta> in its <head>; keep the one in templates/base.mustache"
        )
    }

    @Test func theThemesPolicyAndTheIssuesPolicyPass() async throws {
        #expect(
            try await errors(
                policy: "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'")
                == [])
    }

    @Test func aPolicyThatAllowsScriptsOrOtherHostsFails() async throws {
        #expect(
            try await errors(
                policy: "default-src 'self' https://cdn.example; style-src 'self' 'unsafe-inline'; base-uri 'none'")
                == [
                    "the Content-Security-Policy does not forbid scripts; set script-src 'none'",
                    "the Content-Security-Policy does not forbid plugins; set object-src 'none'",
                    "the Content-Security-Policy needs form-action 'none'; add it",
                    "the Content-Security-Policy allows https://cdn.example in default-src; allow only 'self' or 'none'",
                    "the Content-Security-Policy allows 'unsafe-inline' in style-src; allow only 'self' or 'none'",
                ])
        #expect(
            try await errors(policy: "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'") == [
                "the Content-Security-Policy has no default-src, so it allows what it does not name; add default-src 'none'"
            ])
    }
}
