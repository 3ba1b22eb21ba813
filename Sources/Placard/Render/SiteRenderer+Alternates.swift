import Templates

extension SiteRenderer {
    /// The context keys of a page's versions: `alternates` (each with `lang`, `name`, `url`, `absolute_url` and
    /// `current`), `has_alternates` and `x_default` (the default language's version). A page in one language has
    /// none.
    func alternatesContext(_ alternates: [PageAlternate], current: String) -> TemplateFields {
        guard alternates.count > 1 else { return TemplateFields([.hasAlternates: .bool(false)]) }
        let list = alternates.map { alternate in
            TemplateFields([
                .lang: .text(alternate.language),
                .name: .text(languages[alternate.language]?.name ?? alternate.language),
                .url: .text(main.urls.link(alternate.url)), .absoluteURL: .text(main.urls.absolute(alternate.url)),
                .current: .bool(alternate.language == current),
            ])
        }
        let fallback = alternates.first { $0.language == main.code } ?? alternates[0]
        return TemplateFields([
            .alternates: .list(list), .hasAlternates: .bool(true),
            .xDefault: .text(main.urls.absolute(fallback.url)),
        ])
    }
}
