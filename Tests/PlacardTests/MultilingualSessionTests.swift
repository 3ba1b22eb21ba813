import Foundation
import Testing

@testable import Placard

/// `serve`'s rebuilds of a site in two languages: a saved translation rewrites what shows it, in its language.
@Suite struct MultilingualSessionTests {
    @Test func aTranslatedUpdateRewritesTheTranslationAndItsListsAndMatchesACleanBuild() async throws {
        let site = try TestSite(MultilingualSite.listing)
        let output = site.root + "/out"
        let session = SiteSession(BuildOptions(source: site.root, output: output))
        _ = try await session.build()
        #expect(try site.read("out/es/posts/como-ayudar/index.html").contains("translation-notice"))
        let path = "content/posts/help/updates/2018-06-15.es.md"
        try site.write(MultilingualSite.juneTranslation, to: path)
        let changed = try await session.rebuild(changed: [path]).changedFiles
        #expect(changed.contains("es/posts/como-ayudar/index.html"))
        #expect(changed.contains("es/posts/como-ayudar/updates/2018-06-15/index.html"))
        #expect(changed.contains("es/index.html") && changed.contains("es/feed.xml") && changed.contains("sitemap.xml"))
        // The English pages are not the translation's: only the June 15 update page, which now has an alternate.
        #expect(!changed.contains("posts/help/updates/2018-05-29/index.html"))
        #expect(changed.contains("posts/help/updates/2018-06-15/index.html"))
        #expect(!(try site.read("out/es/posts/como-ayudar/index.html")).contains("translation-notice"))
        let clean = site.root + "/clean"
        _ = try await SiteBuilder(BuildOptions(source: site.root, output: clean)).build()
        #expect(try folderContents(clean) == folderContents(output))
    }

    @Test func aRetitledTranslationRewritesTheSpanishIndexButNoEnglishList() async throws {
        let site = try TestSite(MultilingualSite.listing)
        let output = site.root + "/out"
        let session = SiteSession(BuildOptions(source: site.root, output: output))
        _ = try await session.build()
        let path = "content/posts/help/index.es.md"
        let text = try site.read(path).replacingOccurrences(of: "title: Cómo ayudar", with: "title: Cómo ayudar hoy")
        try site.write(text, to: path)
        let changed = try await session.rebuild(changed: [path]).changedFiles
        #expect(changed.contains("es/index.html"))
        #expect(!changed.contains("index.html") && !changed.contains("feed.xml"))
        #expect(try site.read("out/es/index.html").contains("Cómo ayudar hoy"))
    }
}
