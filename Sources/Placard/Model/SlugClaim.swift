/// A post's claim on a URL: its slug in one language, and the file that gives it.
struct SlugClaim: Sendable {
    /// The language's code.
    var language: String
    /// The slug.
    var slug: String
    /// The file that gives the slug, `content/posts/a/index.md` or `content/posts/a/index.es.md`.
    var file: String
}

extension Post {
    /// The slug of the post and of each of its translations.
    var slugClaims: [SlugClaim] {
        [SlugClaim(language: language, slug: slug, file: folder + "/index.md")]
            + translations.map { SlugClaim(language: $0.language, slug: $0.slug ?? slug, file: $0.path) }
    }
}
