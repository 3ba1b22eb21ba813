/// One of the site's languages, from `languages:` in `site.yml`: its code and the settings it gives apart from the
/// site's own (title, description, date format, labels).
public struct SiteLanguage: Sendable {
    /// The BCP 47 tag, such as `es` or `pt-BR`: the pages' `lang`, and the folder `/<code>/` its pages are served
    /// from (the default language's are at the site's root).
    public var code: String
    /// The name a reader of the language knows it by, for the language switcher (`Español`); nil for the one ICU
    /// gives.
    public var name: String?
    /// The site's title in this language; nil for the site's `title`.
    public var title: String?
    /// The site's description in this language; nil for the site's `description`.
    public var description: String?
    /// How dates are shown; nil for the language's own long date (`24 de mayo de 2018`), or the site's
    /// `date_format` for the default language.
    public var dateFormat: String?
    /// This language's word for each of the site's `labels` that it translates (`NEW` → `NUEVO`).
    public var labels: [String: String] = [:]
    /// Whether this language's index also lists the posts that have no translation into it, marked with their
    /// language.
    public var listUntranslated = false
    /// Where the language's entry is in `site.yml`, for messages about it.
    public var location: SourceLocation?

    /// A language with only its code.
    public init(code: String) {
        self.code = code
    }
}
