/// One version of a page in one of the site's languages: for `<link rel="alternate" hreflang>`, the language
/// switcher and the sitemap's `xhtml:link`s.
struct PageAlternate: Sendable, Equatable {
    /// The language's code.
    var language: String
    /// The page's URL below the site's root, `es/posts/a/`.
    var url: String
}
