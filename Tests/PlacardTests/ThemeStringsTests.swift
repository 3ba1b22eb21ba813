import Foundation
import Testing
import Yams

@testable import Placard

/// The theme's words come from templates/i18n/<code>.yml; a missing one is a located warning and falls back.
@Suite struct ThemeStringsTests {
    static let templates = TestSite.repository + "/templates/i18n"

    static func strings(_ code: String) throws -> [String: String] {
        let text = try String(contentsOfFile: templates + "/\(code).yml", encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: String])
    }

    @Test func theShippedEnglishIsPlacardsOwnEnglish() async throws {
        #expect(try Self.strings("en") == ThemeStrings.english)
    }

    @Test func theShippedSpanishHasEveryStringWithTheSamePlaceholders() async throws {
        let spanish = try Self.strings("es")
        #expect(Set(spanish.keys) == Set(ThemeStrings.english.keys))
        for (key, english) in ThemeStrings.english {
            #expect(Set(Phrase(spanish[key] ?? "").names) == Set(Phrase(english).names), "\(key)")
        }
    }

    @Test func everyStringIsUsedByATemplateOrByPlacard() async throws {
        let site = try TestSite(minimalConfig)
        let set = try TemplateSet(folder: "templates", reader: SourceReader(fileSystem: .disk, root: site.root))
        let used = Set(set.stringUses.map(\.key)).union(ThemeStrings.usedByPlacard)
        #expect(Set(ThemeStrings.english.keys).subtracting(used).isEmpty)
        #expect(used.subtracting(ThemeStrings.english.keys).isEmpty)
    }

    @Test func aStringALanguageLacksIsALocatedWarningAndShowsTheDefaultOne() async throws {
        let site = try TestSite(MultilingualSite.listing)
        let spanish = try String(contentsOfFile: site.root + "/templates/i18n/es.yml", encoding: .utf8)
        try site.write(
            spanish.replacingOccurrences(of: "updates: \"Actualizaciones\"\n", with: ""), to: "templates/i18n/es.yml")
        let summary = try await site.build()
        #expect(
            summary.warnings.map(\.headline) == [
                "templates/i18n/es.yml:1:1: warning: no 'updates' string; pages in es show the en one ('Updates'); "
                    + "add a 'updates: …' line"
            ])
        #expect(try site.page("es/posts/como-ayudar/index.html").contains("<h2 id=\"updates-heading\">Updates</h2>"))
    }

    @Test func aLanguageWithoutAStringsFileIsAWarningAtItsEntry() async throws {
        let site = try TestSite(MultilingualSite.listing)
        try FileManager.default.removeItem(atPath: site.root + "/templates/i18n/es.yml")
        let summary = try await site.build()
        #expect(
            summary.warnings.map(\.headline) == [
                "content/site.yml:8:3: warning: there is no templates/i18n/es.yml for the theme's words in es; its "
                    + "pages show them in en; add it (templates/i18n/en.yml lists every string)"
            ])
        #expect(try site.page("es/posts/como-ayudar/index.html").contains("Posted <time"))
    }

    @Test func aTemplateStringNoFileHasIsAWarningAtTheTag() async throws {
        let site = try TestSite(minimalConfig)
        let base = try site.read("templates/404.mustache")
        try site.write(
            base.replacingOccurrences(of: "{{i18n.not_found}}", with: "{{i18n.not_fuond}}"),
            to: "templates/404.mustache")
        let summary = try await site.build()
        #expect(
            summary.warnings.map(\.headline) == [
                "templates/404.mustache:3:7: warning: 'i18n.not_fuond' is in no strings file, so it shows nothing; add a "
                    + "'not_fuond: …' line to templates/i18n/en.yml"
            ])
    }

    @Test func aStringWithAnUnknownPlaceholderOrKeyIsAWarningAtIt() async throws {
        let site = try TestSite(minimalConfig)
        let english = try site.read("templates/i18n/en.yml")
        try site.write(
            english.replacingOccurrences(of: "\"{count} comments archived\"", with: "\"{cuont} comments archived\"")
                + "updatd: \"Updated\"\n", to: "templates/i18n/en.yml")
        let warnings = try await site.build().warnings.map(\.headline)
        #expect(
            warnings.contains {
                $0.hasSuffix(
                    "warning: '{cuont}' is not a placeholder of 'comments_archived_other', which may use {count}")
            })
        #expect(
            warnings.contains { $0.hasSuffix("warning: no template uses the string 'updatd'; did you mean 'updated'?") }
        )
    }

    @Test func aThemeWithoutStringsFilesShowsPlacardsEnglishWithoutWarnings() async throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24"))
        try FileManager.default.removeItem(atPath: site.root + "/templates/i18n")
        #expect(try await site.build().warnings.isEmpty)
        #expect(try site.page("posts/a/index.html").contains("<p class=\"meta\">Posted <time"))
    }

    @Test func phrasesFillTheirPlaceholdersAndLeaveOtherBracesAlone() async {
        let phrase = Phrase("Comment {number} by {author} {not a name} {}")
        #expect(phrase.names == ["number", "author"])
        #expect(phrase.filled(["number": "3", "author": "Jeff"]) == "Comment 3 by Jeff {not a name} {}")
        #expect(Phrase("<b>{x}</b>").html(["x": "<i>y</i>"]) == "&lt;b&gt;<i>y</i>&lt;/b&gt;")
    }
}
