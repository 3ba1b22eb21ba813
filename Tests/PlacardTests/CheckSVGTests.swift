import Foundation
import Testing

@testable import Placard
@testable import PlacardCheck

/// `check` reads SVG files as it reads pages: opened on its own, an SVG runs its scripts at the site's origin with no
/// page's Content-Security-Policy to stop them. And a `srcset` of thousands of URLs is one error, checked in
/// linear time.
@Suite struct CheckSVGTests {
    static func report(svg: String, path: String = "content/static/logo.svg") async throws -> CheckReport {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24") + "\n-- \(path) --\n\(svg)")
        defer { site.removeAll() }
        return try await SiteChecker(BuildOptions(source: site.root)).check()
    }

    @Test(arguments: [
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "<script> is a script"),
        (
            "<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"><svg:script>alert(1)</svg:script></svg:svg>",
            "<script> is a script"
        ),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "onload=\"alert(1)\"> is a script"),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://tracker.example/p.png\"/></svg>",
            "loads a resource from tracker.example"
        ),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><use x:href=\"https://cdn.example/s.svg#a\"/></svg>",
            "loads a resource from cdn.example"
        ),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "is a javascript: URL"
        ),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>",
            "is a javascript: URL"
        ),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><animate attributeName=\"href\" values=\"/;javascript:alert(1)\"/></a></svg>",
            "is a javascript: URL"
        ),
        (
            "<?xml-stylesheet type=\"text/css\" href=\"https://cdn.example/a.css\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "<?xml-stylesheet href=\"https://cdn.example/a.css\"?> loads a resource from cdn.example"
        ),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>rect { fill: url(https://cdn.example/p.svg#g) }</style></svg>",
            "loads a resource from cdn.example"
        ),
    ])
    func reportsWhatAnSVGWouldRunOrLoad(svg: String, problem: String) async throws {
        let errors = try await Self.report(svg: svg).diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.headline.hasPrefix("public/logo.svg:") == true)
        #expect(errors.first?.message.contains(problem) == true, "\(errors.map(\.message))")
    }

    @Test func passesAPlainSVGAndChecksThoseBesidePostsAndInTheTheme() async throws {
        let plain =
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"https://example.com/\"><rect width=\"1\"/></a></svg>"
        await #expect(try Self.report(svg: plain).passed)
        let beside = try await Self.report(svg: "<svg onclick=\"x()\"/>", path: "content/posts/a/chart.svg")
        #expect(beside.diagnostics.map(\.headline).first?.hasPrefix("public/posts/a/chart.svg:1:6: error:") == true)
        let theme = try await Self.report(svg: "<svg><script/></svg>", path: "templates/assets/icon.svg")
        #expect(!theme.passed)
    }

    @Test func refusesACompressedSVGItCannotRead() async throws {
        let report = try await Self.report(svg: "not really gzip", path: "content/static/logo.svgz")
        #expect(
            report.diagnostics.map(\.description) == [
                "content/static/logo.svgz:1:1: error: a compressed SVG cannot be checked for scripts and foreign "
                    + "resources; publish it as .svg"
            ])
    }

    @Test func reportsASrcsetOfThousandsOfURLsOnce() async throws {
        let foreign = (0..<16_000).map { "https://t.example/\($0).png \($0 + 1)w" }.joined(separator: ", ")
        let missing = (0..<16_000).map { "/img/\($0).png \($0 + 1)w" }.joined(separator: ", ")
        let site = try TestSite(
            CheckTests.unsafeConfig
                + post(
                    "a", title: "A", date: "2018-05-24",
                    body: "<img alt=\"\" srcset=\"\(foreign)\">\n\n<img alt=\"\" srcset=\"\(missing)\">"))
        defer { site.removeAll() }
        let errors = try await SiteChecker(BuildOptions(source: site.root)).check().diagnostics.map(\.message)
        #expect(errors.count == 2)
        #expect(
            errors.contains {
                $0.hasSuffix(
                    "loads a resource from t.example; serve it from the site or remove it (and 15999 more URLs of this attribute)"
                )
            })
        #expect(
            errors.contains {
                $0.contains("loads img/0.png, which is not in the output")
                    && $0.hasSuffix("(and 15999 more URLs of this attribute)")
            })
    }
}
