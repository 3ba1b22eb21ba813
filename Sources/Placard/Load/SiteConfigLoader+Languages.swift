import Yams

extension SiteConfigLoader {
    static let languageKeys = ["name", "title", "description", "date_format", "labels", "list_untranslated"]

    /// `languages:`: a mapping of language codes to their settings. The default language (`language`) comes first
    /// whether the mapping names it or not.
    func readLanguages(_ config: inout SiteConfig, _ fields: Fields, _ reader: inout YAMLReader) {
        guard let node = fields["languages"], let entries = reader.fields(node, expected: "'languages'") else { return }
        // In a site of several languages the default one's code is in every page's alternates too.
        if LanguageCode.problem(config.language) != nil {
            reader.error(
                "'\(config.language)' is not a language code, and in a site with 'languages' 'language' names the "
                    + "default one; use a BCP 47 tag such as en, es or pt-BR", at: fields["language"])
        }
        var languages: [SiteLanguage] = []
        for (code, key, value) in entries.pairs {
            if let problem = LanguageCode.problem(code) {
                reader.error(problem, at: key)
                continue
            }
            var language = SiteLanguage(code: code)
            language.location = reader.diagnostic(.warning, "", at: key).location
            if !Self.isEmpty(value), let settings = reader.fields(value, expected: "the language '\(code)'") {
                reader.warnUnknownKeys(settings, known: Self.languageKeys, in: "a language")
                language.name = reader.string(settings, "name")
                language.title = reader.string(settings, "title")
                language.description = reader.string(settings, "description")
                language.dateFormat = reader.string(settings, "date_format")
                language.listUntranslated = reader.bool(settings, "list_untranslated") ?? false
                language.labels = readLabels(settings, site: config.labels, &reader)
            }
            languages.append(language)
        }
        if let index = languages.firstIndex(where: { $0.code == config.language }) {
            languages.insert(languages.remove(at: index), at: 0)
        } else {
            languages.insert(SiteLanguage(code: config.language), at: 0)
        }
        config.languages = languages
    }

    /// A language's `labels`: the site's words, each mapped to this language's.
    private func readLabels(_ settings: Fields, site: [String], _ reader: inout YAMLReader) -> [String: String] {
        guard let node = settings["labels"] else { return [:] }
        guard case .mapping = node, let pairs = reader.fields(node, expected: "'labels'") else {
            if case .mapping = node {
            } else {
                reader.error(
                    "a language's 'labels' maps each of the site's labels to this language's word, such as "
                        + "{NEW: NUEVO, ENDED: TERMINADO}, not \(YAMLReader.describe(node))", at: node)
            }
            return [:]
        }
        var labels: [String: String] = [:]
        for (word, key, _) in pairs.pairs {
            guard site.contains(word) else {
                let hint =
                    Suggestion.nearest(to: word, in: site).map { "did you mean '\($0)'?" }
                    ?? "the site's labels are \(site.joined(separator: ", "))"
                reader.error("'\(word)' is not one of the site's labels; \(hint)", at: key)
                continue
            }
            if let translated = reader.string(pairs, word), !translated.isEmpty { labels[word] = translated }
        }
        return labels
    }

    /// Whether a value is empty (`es:` with nothing after it), which gives a language with the site's settings.
    private static func isEmpty(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
