import Templates

/// What the pages in one of the site's languages render with: its settings, where its pages are, its dates, its
/// Markdown rules (label words, phone notes) and the theme's words in it. A class, made once per language: every post
/// presenter holds one, and lists make a presenter per value they read.
final class LocalizedSite: Sendable {
    /// The language's code.
    let code: String
    /// The site's settings in this language (title, description, date format, labels).
    let config: SiteConfig
    /// The language's URLs: at the root for the default language, below `<code>/` for the others.
    let urls: URLs
    let dates: DateStyle
    let markdown: MarkdownRenderer
    let strings: ThemeStrings
    /// The theme's words as the templates see them, `i18n`.
    let i18n: TemplateValue
    /// The name the language switcher shows: `name` in site.yml, or the language's name for itself.
    let name: String

    init(code: String, site: SiteConfig, strings: ThemeStrings, keys: (String) -> Int?) {
        self.code = code
        config = site.localized(code)
        urls = URLs(baseURL: site.baseURL, language: code, defaultLanguage: site.language)
        dates = DateStyle(config: config)
        markdown = MarkdownRenderer(config: config, strings: strings)
        self.strings = strings
        var values: [Int: TemplateValue] = [:]
        for (key, text) in strings.table {
            if let number = keys(key) { values[number] = .text(text) }
        }
        i18n = .object(TemplateDictionary(values))
        name = site.siteLanguage(code)?.name ?? LanguageCode.ownName(code)
    }

    /// Whether this is the site's default language, served at the root.
    var isDefault: Bool { urls.prefix.isEmpty }

    /// The name of another language as this one writes it: `inglés` for `en` in Spanish.
    func languageName(_ other: String) -> String { LanguageCode.name(of: other, in: code) }
}
