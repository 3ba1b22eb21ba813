/// The content of a new site: its settings, and one example post with a dated update and a short comments archive,
/// to read, build and then replace.
enum ExampleSite {
    /// Each file, by path relative to the site folder.
    static let files: [(path: String, text: String)] = [
        ("content/site.yml", siteYAML),
        ("content/posts/a-safe-crossing-for-maple-street/index.md", post),
        ("content/posts/a-safe-crossing-for-maple-street/updates/2025-03-20.md", update),
        ("content/posts/a-safe-crossing-for-maple-street/comments.yml", comments),
    ]

    static let siteYAML = """
        # The site's settings. Only title and base_url are required; every other key shows its default.

        # The site's name, in every page's title and header.
        title: "My campaign"
        # The address the site will be published at: feeds, the sitemap and canonical links use it. A site in a
        # sub-folder gives its path (https://you.github.io/repo/). `placard serve` uses its own address instead.
        base_url: https://example.org/
        # The language of the writing, for <html lang> and the feeds.
        language: en
        # One or two sentences: the front page's description, and what a shared link of it shows.
        description: "What we ask for, and what you can do about it."
        # Who writes the site, for the feeds and the pages' metadata; url is optional.
        author:
          name: The campaign team
          # url: https://example.org/about/
        # The time zone of dates written without one (an IANA name such as Europe/Paris).
        timezone: UTC
        # How dates are shown (Unicode date patterns: MMMM d, yyyy is March 14, 2025).
        date_format: "MMMM d, yyyy"
        markdown:
          # true lets posts and pages hold raw HTML; comments never can.
          unsafe_html: false
        comments:
          # How deep replies nest before the rest are shown at the last level, "in reply to" their author.
          max_depth: 5
          # Top-level threads per page of a comments archive.
          per_page: 50
        # Words that, followed by a colon at the start of a paragraph or list item, become status labels.
        labels: [NEW, UPDATED, DEVELOPING, ENDED]
        phone:
          # Numbers without a country code are read as this country's (a NANP region such as US or CA links them).
          region: US
          # A number for callers abroad, shown after a number that is free to call only at home:
          # alternates:
          #   "1-800-555-0100": "+1 202 555 0100"
        feed:
          # How many entries the Atom feeds hold, newest first.
          limit: 50
        # Other languages the site is published in, each below /<code>/ (the language above stays at the root). A
        # post's translation sits beside it (index.es.md, updates/2025-03-20.es.md), a page's too (about.es.md); the
        # theme's words are in templates/i18n/<code>.yml. `placard translations` shows what is left to translate.
        # languages:
        #   es:
        #     title: "Mi campaña"
        #     description: "Lo que pedimos y lo que usted puede hacer."
        #     date_format: "d 'de' MMMM 'de' yyyy"
        #     labels: {NEW: NUEVO, UPDATED: ACTUALIZADO, DEVELOPING: EN DESARROLLO, ENDED: TERMINADO}
        #     list_untranslated: false    # true lists untranslated posts on /es/ too, marked "(en inglés)"

        """

    static let post = """
        ---
        title: "A safe crossing for Maple Street"
        date: 2025-03-14
        summary: "Children cross four lanes of traffic to reach Maple Street School. Ask the city for a signal."
        tags: [streets, schools]
        ---

        Every morning about two hundred children cross Maple Street at Oak Avenue to reach their school. There is no
        signal and no crossing guard, and cars pass at forty miles an hour. Since September there have been three
        near misses that parents know of.

        The city's transport committee decides its list of new crossings on **April 2**. A crossing gets on that list
        when people ask for it.

        ## What you can do

        1. Write to the transport committee at transport@example.org: say where you cross and when.
        2. Call the committee's office at 202-555-0143 on a weekday morning.
        3. Come to the public hearing on April 2 at 6 pm, City Hall, room 4.

        ## Why a signal

        A painted crossing alone does not slow traffic on a street this wide. A signal that walkers can call stops
        it, and the city installed one on Elm Street last year for less than a tenth of its road budget.

        """

    static let update = """
        ---
        title: "The hearing has a date"
        ---

        NEW: The committee has put Maple Street on the agenda of its April 2 hearing. Thank you to everyone who
        wrote: more than three hundred letters arrived in a week.

        If you would like to speak at the hearing, sign up at the start of the meeting; each speaker has two minutes.

        """

    static let comments = """
        - id: 1
          author: Dana
          date: 2025-03-14T18:20:00Z
          body: |
            My son crosses there every day. I have written to the committee.
        - id: 2
          parent: 1
          author: The campaign team
          role: author
          date: 2025-03-15T08:05:00Z
          body: |
            Thank you, Dana. If you can, come to the hearing too: a parent's two minutes count.
        - id: 3
          author: Luis
          author_url: https://example.net/
          date: 2025-03-16T12:40:00Z
          body: |
            The Elm Street signal made a real difference. Count me in for April 2.

        """
}
