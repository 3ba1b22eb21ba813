import Foundation
import Testing

@testable import Placard

/// A post and a page translated into Spanish: where each version is published, how each links to the others, and
/// what the Spanish pages say in Spanish.
@Suite struct MultilingualPagesTests {
    let site: TestSite

    init() async throws {
        site = try TestSite(MultilingualSite.listing)
        try await site.build()
    }

    @Test func publishesTheDefaultLanguageAtTheRootAndSpanishBelowES() async throws {
        for path in [
            "index.html", "posts/help/index.html", "posts/help/updates/2018-06-15/index.html", "feed.xml", "404.html",
            "es/index.html", "es/feed.xml", "es/404.html", "es/posts/como-ayudar/index.html",
            "es/posts/como-ayudar/feed.xml", "es/posts/como-ayudar/updates/2018-05-29/index.html",
            "es/tags/inmigracion/index.html", "es/about/index.html", "about/index.html",
        ] {
            #expect(site.exists("public/" + path), "\(path)")
        }
        // The June 15 update is not translated; the English-only post has no Spanish page; tags are per language.
        #expect(!site.exists("public/es/posts/como-ayudar/updates/2018-06-15/index.html"))
        #expect(!site.exists("public/es/posts/english-only/index.html"))
        #expect(!site.exists("public/es/tags/immigration/index.html"))
        #expect(try site.page("es/posts/como-ayudar/index.html").contains("<html lang=\"es\">"))
        #expect(try site.page("posts/help/index.html").contains("<html lang=\"en\">"))
    }

    @Test func aTranslationWithoutASlugKeepsTheOriginalsBelowItsLanguage() async throws {
        let site = try TestSite(
            MultilingualSite.config + post("call", title: "Call", date: "2018-05-24")
                + "\n-- content/posts/call/index.es.md --\n---\ntitle: Llame\n---\nTexto.\n")
        try await site.build()
        #expect(site.exists("public/es/posts/call/index.html"))
        #expect(
            try site.page("posts/call/index.html").contains(#"hreflang="es" href="https://example.org/es/posts/call/""#)
        )
    }

    @Test func eachVersionLinksToTheOthersBothWaysWithXDefault() async throws {
        let english = try site.page("posts/help/index.html")
        let spanish = try site.page("es/posts/como-ayudar/index.html")
        let links = [
            #"<link rel="alternate" hreflang="en" href="https://example.org/posts/help/">"#,
            #"<link rel="alternate" hreflang="es" href="https://example.org/es/posts/como-ayudar/">"#,
            #"<link rel="alternate" hreflang="x-default" href="https://example.org/posts/help/">"#,
        ]
        for link in links {
            #expect(english.contains(link), "\(link)")
            #expect(spanish.contains(link), "\(link)")
        }
        // The visible switcher links to the other version and marks this one.
        #expect(
            english.contains(#"<a href="/es/posts/como-ayudar/" hreflang="es" lang="es" rel="alternate">Español</a>"#))
        #expect(english.contains(#"<span aria-current="page" lang="en">English</span>"#))
        #expect(spanish.contains(#"<a href="/posts/help/" hreflang="en" lang="en" rel="alternate">English</a>"#))
        // Updates: the translated one links both ways; the untranslated one, and the English-only post, link nowhere.
        let may = try site.page("posts/help/updates/2018-05-29/index.html")
        #expect(may.contains(#"hreflang="es" href="https://example.org/es/posts/como-ayudar/updates/2018-05-29/""#))
        #expect(
            try site.page("es/posts/como-ayudar/updates/2018-05-29/index.html")
                .contains(#"hreflang="en" href="https://example.org/posts/help/updates/2018-05-29/""#))
        #expect(!(try site.page("posts/help/updates/2018-06-15/index.html")).contains("hreflang"))
        #expect(!(try site.page("posts/english-only/index.html")).contains("hreflang"))
        // Pages and the front pages too.
        #expect(try site.page("about/index.html").contains(#"hreflang="es" href="https://example.org/es/about/""#))
        #expect(try site.page("es/about/index.html").contains("<h1>Quiénes somos</h1>"))
        #expect(try site.page("es/index.html").contains(#"hreflang="en" href="https://example.org/""#))
    }

    @Test func spanishPagesUseSpanishWordsDatesAndLabels() async throws {
        let spanish = try site.page("es/posts/como-ayudar/index.html")
        #expect(
            spanish.contains(
                "<p class=\"meta\">Publicado el <time datetime=\"2018-05-24T00:00:00-04:00\">24 de mayo de 2018</time></p>"
            ))
        #expect(spanish.contains("<h2 id=\"updates-heading\">Actualizaciones</h2>"))
        #expect(spanish.contains("<a class=\"skip-link\" href=\"#main\">Saltar al contenido</a>"))
        #expect(spanish.contains("<small class=\"tel-note\">(gratuito, solo desde EE. UU.)</small>"))
        // Spanish label words, styled as the site's words they translate; the English word is text in Spanish.
        #expect(spanish.contains("<strong class=\"label label-new\">NUEVO</strong>: Firme la petición."))
        #expect(
            spanish.contains(
                "<div class=\"status-ended\">\n<strong class=\"label label-ended\">TERMINADO</strong>: La marcha."))
        #expect(spanish.contains("<li>NEW: Not a label in Spanish.</li>"))
        #expect(spanish.contains("<a class=\"site-title\" href=\"/es/\">¿Dónde están los niños?</a>"))
        #expect(spanish.contains("<title>Cómo ayudar · ¿Dónde están los niños?</title>"))
        let english = try site.page("posts/help/index.html")
        #expect(english.contains("Posted <time datetime=\"2018-05-24T00:00:00-04:00\">May 24, 2018</time>"))
        #expect(english.contains("<strong class=\"label label-new\">NEW</strong>: Sign the petition."))
        #expect(try site.page("es/404.html").contains("<h1>Página no encontrada</h1>"))
        #expect(
            try site.page("es/tags/inmigracion/index.html").contains("<h1>Entradas con la etiqueta «inmigración»</h1>"))
    }

    @Test func theCommentsArchiveStaysOnTheOriginalAndTheTranslationLinksToIt() async throws {
        let english = try site.page("posts/help/index.html")
        #expect(english.contains("<p class=\"comments-summary\">2 comments archived · Comments are closed</p>"))
        let spanish = try site.page("es/posts/como-ayudar/index.html")
        #expect(!spanish.contains("id=\"comment-1\""))
        #expect(
            spanish.contains(
                "Los 2 comentarios de esta entrada están archivados en <a href=\"/posts/help/#comments\" hreflang=\"en\">"
                    + "la versión en inglés</a>."))
    }

    @Test func theSpanishIndexListsOnlyTranslatedPostsUnlessItListsTheOthersMarked() async throws {
        let index = try site.page("es/index.html")
        #expect(index.contains("<a href=\"/es/posts/como-ayudar/\">Cómo ayudar</a>"))
        #expect(!index.contains("English only"))
        #expect(try site.page("index.html").contains("English only"))
        let listing = MultilingualSite.listing.replacingOccurrences(
            of: "    labels: {NEW: NUEVO, ENDED: TERMINADO}\n",
            with: "    labels: {NEW: NUEVO, ENDED: TERMINADO}\n    list_untranslated: true\n")
        let listing2 = try TestSite(listing)
        try await listing2.build()
        let all = try listing2.page("es/index.html")
        #expect(
            all.contains(
                "<h2><a href=\"/posts/english-only/\" lang=\"en\" hreflang=\"en\">English only</a> "
                    + "<span class=\"summary-language\">(en inglés)</span></h2>"))
        // Its date is written in Spanish; its tag links to the English tag page, the only one it has.
        #expect(all.contains("Publicado el <time datetime=\"2018-05-20T00:00:00-04:00\">20 de mayo de 2018</time>"))
        #expect(all.contains("<a href=\"/tags/immigration/\" rel=\"tag\">immigration</a>"))
        #expect(!listing2.exists("public/es/tags/immigration/index.html"))
    }

    @Test func theSitemapListsEachPagesVersions() async throws {
        let sitemap = try site.page("sitemap.xml")
        #expect(sitemap.contains(#"xmlns:xhtml="http://www.w3.org/1999/xhtml""#))
        let entry = try #require(sitemap.between("<loc>https://example.org/es/posts/como-ayudar/</loc>", "</url>"))
        #expect(entry.contains(#"<xhtml:link rel="alternate" hreflang="en" href="https://example.org/posts/help/"/>"#))
        #expect(
            entry.contains(
                #"<xhtml:link rel="alternate" hreflang="es" href="https://example.org/es/posts/como-ayudar/"/>"#))
        #expect(
            entry.contains(
                #"<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/posts/help/"/>"#))
        let english = try #require(sitemap.between("<loc>https://example.org/posts/help/</loc>", "</url>"))
        #expect(english.contains(#"hreflang="es" href="https://example.org/es/posts/como-ayudar/""#))
        let untranslated = try #require(sitemap.between("<loc>https://example.org/posts/english-only/</loc>", "</url>"))
        #expect(!untranslated.contains("xhtml:link"))
    }

    @Test func filesBesideThePostAreCopiedNextToEachTranslationAndDraftsWaitForDrafts() async throws {
        let site = try TestSite(
            MultilingualSite.config
                + post("call", title: "Call", date: "2018-05-24", body: "![Flyer](flyer.png)")
                + "\n-- content/posts/call/flyer.png --\nPNG\n"
                + "-- content/posts/call/index.es.md --\n---\ntitle: Llame\n---\n![Folleto](flyer.png)\n"
                + "-- content/posts/call/index.fr.md --\n---\ntitle: Appelez\n---\n")
        // fr is not a language of this site: the error names the file.
        #expect(
            await site.buildErrors().contains(
                "content/posts/call/index.fr.md:1:1: error: 'fr' is not one of the site's languages (en, es)"))
        try FileManager.default.removeItem(atPath: site.root + "/content/posts/call/index.fr.md")
        try await site.build()
        #expect(try site.page("posts/call/flyer.png") == "PNG\n")
        #expect(try site.page("es/posts/call/flyer.png") == "PNG\n")
        #expect(try site.page("es/posts/call/index.html").contains("<img src=\"flyer.png\" alt=\"Folleto\" />"))
        try site.write("---\ntitle: Llame\ndraft: true\n---\nBorrador.\n", to: "content/posts/call/index.es.md")
        try await site.build()
        #expect(!site.exists("public/es/posts/call/index.html"))
        #expect(!(try site.page("posts/call/index.html")).contains("hreflang"))
        try await site.build(drafts: true)
        #expect(try site.page("es/posts/call/index.html").contains("Borrador."))
    }

    @Test func aSiteInOneLanguageHasNoAlternatesOrSwitcher() async throws {
        let single = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24"))
        try await single.build()
        for path in ["index.html", "posts/a/index.html", "sitemap.xml"] {
            let page = try single.page(path)
            #expect(!page.contains("hreflang") && !page.contains("language-nav") && !page.contains("xhtml"), "\(path)")
        }
        #expect(!single.exists("public/en/index.html"))
    }
}
