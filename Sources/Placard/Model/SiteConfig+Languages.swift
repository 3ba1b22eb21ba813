import Foundation

extension SiteConfig {
    /// Whether the site has more than its default language.
    public var isMultilingual: Bool { languages.contains { $0.code != language } }

    /// The languages other than the default one, in the order `site.yml` gives them.
    public var otherLanguages: [SiteLanguage] { languages.filter { $0.code != language } }

    /// Every language code of the site: the default one first.
    public var languageCodes: [String] { [language] + otherLanguages.map(\.code) }

    /// The settings of one of the site's languages.
    public func siteLanguage(_ code: String) -> SiteLanguage? {
        languages.first { $0.code == code }
    }

    /// The settings as the pages in `code` see them: the language's own title, description, date format and label
    /// words in place of the site's.
    public func localized(_ code: String) -> SiteConfig {
        guard let entry = siteLanguage(code) else { return self }
        var config = self
        config.language = code
        config.title = entry.title ?? title
        config.description = entry.description ?? description
        config.dateFormat = entry.dateFormat ?? (code == language ? dateFormat : Self.longDateFormat(code))
        if !entry.labels.isEmpty {
            config.labels = labels.map { entry.labels[$0] ?? $0 }
            config.labelStyles = Dictionary(
                labels.compactMap { word in entry.labels[word].map { ($0, word) } },
                uniquingKeysWith: { first, _ in first })
        }
        return config
    }

    /// The language's own long date as a pattern: `MMMM d, y` for English, `d 'de' MMMM 'de' y` for Spanish.
    static func longDateFormat(_ code: String) -> String {
        DateFormatter.dateFormat(fromTemplate: "yMMMMd", options: 0, locale: Locale(identifier: code)) ?? "MMMM d, yyyy"
    }
}
