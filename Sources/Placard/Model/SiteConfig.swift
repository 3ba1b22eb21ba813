public import Foundation

/// `content/site.yml`: the site's settings, with DESIGN.md's defaults for every key that is left out.
public struct SiteConfig: Sendable {
    /// The author of the site, shown on posts and in feeds.
    public struct Author: Sendable, Hashable {
        /// The name shown.
        public var name: String
        /// A page about the author, when given.
        public var url: String?
    }

    /// The site's title.
    public var title: String
    /// The absolute URL the site is published at, always ending in `/`.
    public var baseURL: String
    /// The language of the pages, a BCP 47 tag such as `en`.
    public var language = "en"
    /// A sentence about the site, for the index page and feeds.
    public var description: String?
    /// The site's author.
    public var author: Author?
    /// The time zone dates are written in.
    public var timeZone = TimeZone(identifier: "UTC")!
    /// How dates are shown, as a Unicode date pattern.
    public var dateFormat = "MMMM d, yyyy"
    /// Whether raw HTML in posts and pages is rendered; never applies to comments.
    public var unsafeHTML = false
    /// How deep replies nest before they are shown at the last level.
    public var maxCommentDepth = 5
    /// How many top-level threads one page of a comments archive holds.
    public var commentsPerPage = 50
    /// How many entries a feed holds at most.
    public var feedLimit = 50
    /// The words that mark a list item's status, such as `NEW`.
    public var labels = ["NEW", "UPDATED", "DEVELOPING", "ENDED"]
    /// The region phone numbers without a country code belong to.
    public var phoneRegion = "US"
    /// Numbers to show for callers abroad, keyed by the number as the author writes it.
    public var phoneAlternates: [String: String] = [:]
    /// The site's languages, when `site.yml` has `languages:`: the default one (`language`) first, then the others in
    /// the order written. Empty for a site in one language.
    public var languages: [SiteLanguage] = []
    /// The class word of each label word that is a translation (`NUEVO` → `NEW`), so that a label is styled as the
    /// site's word it translates; a word that is not here is its own.
    public var labelStyles: [String: String] = [:]

    /// Creates settings with a title, a base URL and defaults for everything else.
    public init(title: String, baseURL: String) {
        self.title = title
        self.baseURL = baseURL
    }
}
