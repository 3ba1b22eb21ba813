import Foundation

/// A small site in English and Spanish: a post with two dated updates, translated with the first one only; a post
/// that is not translated; a page and its translation; comments on the translated post.
enum MultilingualSite {
    static let config = """
        -- content/site.yml --
        title: Where Are The Children
        base_url: https://example.org/
        language: en
        timezone: America/New_York
        description: Actions you can take.
        labels: [NEW, UPDATED, DEVELOPING, ENDED]
        languages:
          es:
            title: ¿Dónde están los niños?
            description: Lo que puede hacer.
            date_format: "d 'de' MMMM 'de' yyyy"
            labels: {NEW: NUEVO, ENDED: TERMINADO}

        """

    static let posts = """
        -- content/posts/help/index.md --
        ---
        title: How to Help
        date: 2018-05-24
        summary: What you can do.
        tags: [immigration, take-action]
        ---

        Call 1-866-DHS-2-ICE.

        - NEW: Sign the petition.
        - ENDED: The march.
        -- content/posts/help/updates/2018-05-29.md --
        ---
        title: Additional actions
        ---
        May.
        -- content/posts/help/updates/2018-06-15.md --
        ---
        title: Keep families together
        ---
        June.
        -- content/posts/help/comments.yml --
        - id: 1
          author: Jeff
          body: Thanks.
        - id: 2
          body: Me too.
        -- content/posts/help/index.es.md --
        ---
        title: Cómo ayudar
        slug: como-ayudar
        summary: Lo que puede hacer.
        tags: [inmigración]
        ---

        Llame al 1-866-DHS-2-ICE.

        - NUEVO: Firme la petición.
        - TERMINADO: La marcha.
        - NEW: Not a label in Spanish.
        -- content/posts/help/updates/2018-05-29.es.md --
        ---
        title: Más acciones
        ---
        Mayo.
        -- content/posts/english-only/index.md --
        ---
        title: English only
        date: 2018-05-20
        tags: [immigration]
        ---

        Only in English.
        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.
        -- content/pages/about.es.md --
        ---
        title: Quiénes somos
        ---
        Sobre nosotros.
        """

    static let listing = config + posts

    /// The translation of the June 15 update, which brings the Spanish post up to date.
    static let juneTranslation = """
        ---
        title: Mantener unidas a las familias
        ---
        Junio.
        """
}
