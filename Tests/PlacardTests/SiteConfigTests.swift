import Foundation
import Testing

@testable import Placard

@Suite struct SiteConfigTests {
    @Test func leavesEveryOptionalKeyAtItsDefault() throws {
        let (site, warnings) = try TestSite(minimalConfig, templates: false).load()
        let config = site.config
        #expect(warnings.isEmpty)
        #expect(config.title == "Test site")
        #expect(config.baseURL == "https://example.org/")
        #expect(config.language == "en")
        #expect(config.timeZone.secondsFromGMT() == 0)
        #expect(config.dateFormat == "MMMM d, yyyy")
        #expect(config.unsafeHTML == false)
        #expect(config.maxCommentDepth == 5)
        #expect(config.commentsPerPage == 50)
        #expect(config.labels == ["NEW", "UPDATED", "DEVELOPING", "ENDED"])
        #expect(config.phoneRegion == "US")
        #expect(config.author == nil)
    }

    @Test func readsEveryKey() throws {
        let (site, warnings) = try TestSite(
            """
            -- content/site.yml --
            title: Where Are The Children
            base_url: https://example.org/campaign
            language: es
            description: Actions you can take.
            author:
              name: The editors
              url: https://example.org/about/
            timezone: America/New_York
            date_format: d MMM yyyy
            markdown:
              unsafe_html: true
            comments:
              max_depth: 3
              per_page: 20
            labels: [NEW, ENDED]
            phone:
              region: GB
              alternates:
                1-866-DHS-2-ICE: +1 802 872 6199
            """,
            templates: false
        ).load()
        let config = site.config
        #expect(warnings.isEmpty)
        #expect(config.baseURL == "https://example.org/campaign/")
        #expect(config.language == "es")
        #expect(config.description == "Actions you can take.")
        #expect(config.author == .init(name: "The editors", url: "https://example.org/about/"))
        #expect(config.timeZone.identifier == "America/New_York")
        #expect(config.dateFormat == "d MMM yyyy")
        #expect(config.unsafeHTML)
        #expect(config.maxCommentDepth == 3)
        #expect(config.commentsPerPage == 20)
        #expect(config.labels == ["NEW", "ENDED"])
        #expect(config.phoneRegion == "GB")
        #expect(config.phoneAlternates == ["1-866-DHS-2-ICE": "+1 802 872 6199"])
    }

    @Test func warnsAboutAnUnknownKeyWithTheNearestKnownOne() throws {
        let (_, warnings) = try TestSite(minimalConfig + "\ntimezon: UTC", templates: false).load()
        #expect(
            warnings.map(\.description) == [
                """
                content/site.yml:3:1: warning: unknown key 'timezon' is ignored; did you mean 'timezone'?
                timezon: UTC
                ^
                """
            ])
    }

    @Test func readsAByteOrderMarkAndCRLFLineEndings() throws {
        let site = try TestSite("", templates: false)
        try site.write(Data("\u{FEFF}title: T\r\nbase_url: https://example.org/\r\n".utf8), to: "content/site.yml")
        let (loaded, warnings) = try site.load()
        #expect(loaded.config.title == "T")
        #expect(warnings.isEmpty)
    }
}
