import Yams

/// Reads the theme's words for each of the site's languages from `templates/i18n/<code>.yml` (or the file of the
/// code's language alone, `pt.yml` for `pt-BR`). A string a language's file lacks is a warning naming the key and
/// the file, and is the default language's; one the default language's file lacks is Placard's English.
struct ThemeStringsLoader: Sendable {
    static let folder = "templates/i18n"

    let reader: SourceReader

    /// A language's strings file, read.
    private typealias File = (file: SourceFile, table: [String: String])

    /// - Parameter used: the keys the templates use (`{{i18n.key}}`).
    /// - Returns: each language's strings, by code, and what was found wrong.
    func load(_ config: SiteConfig, used: Set<String>) -> ([String: ThemeStrings], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let needed = used.union(ThemeStrings.usedByPlacard)
        let known = Set(ThemeStrings.english.keys).union(used)
        var files: [String: File] = [:]
        for code in config.languageCodes {
            if let path = path(for: code), let file = read(path, known: known, &diagnostics) { files[code] = file }
        }
        let base = files[config.language]?.table ?? [:]
        let fallback = ThemeStrings(language: config.language, table: base)
        var strings = [config.language: fallback]
        diagnostics += defaultLanguageProblems(files[config.language], needed: needed, config)
        for language in config.otherLanguages {
            let code = language.code
            guard let file = files[code] else {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "there is no \(Self.folder)/\(code).yml for the theme's words in \(code); its pages show them "
                            + "in \(config.language); add it (\(Self.folder)/en.yml lists every string)",
                        at: location(of: code, config)))
                strings[code] = ThemeStrings(language: code, table: base)
                continue
            }
            for key in needed.sorted() where file.table[key] == nil && fallback.table[key] != nil {
                diagnostics.append(
                    file.file.diagnostic(
                        .warning,
                        "no '\(key)' string; pages in \(code) show the \(config.language) one ('\(fallback[key])'); "
                            + "add a '\(key): …' line", line: 1))
            }
            strings[code] = ThemeStrings(language: code, table: base.merging(file.table) { $1 })
        }
        return (strings, diagnostics)
    }

    /// A warning for each string the default language's file lacks (its pages show Placard's English), or for a
    /// missing file in a theme that has strings files, when the default language is not English.
    private func defaultLanguageProblems(_ file: File?, needed: Set<String>, _ config: SiteConfig) -> [Diagnostic] {
        guard let file else {
            guard !config.language.hasPrefix("en"), hasFolder else { return [] }
            return [
                Diagnostic(
                    .warning,
                    "there is no \(Self.folder)/\(config.language).yml for the theme's words in \(config.language); "
                        + "pages show Placard's English ones; add it (\(Self.folder)/en.yml lists every string)",
                    at: location(of: config.language, config))
            ]
        }
        // A key no file has and Placard has no English for is a warning at the template that uses it.
        return needed.sorted().compactMap { key in
            guard file.table[key] == nil, let english = ThemeStrings.english[key] else { return nil }
            return file.file.diagnostic(
                .warning, "no '\(key)' string; pages show Placard’s English ('\(english)'); add a '\(key): …' line",
                line: 1)
        }
    }

    /// The strings file of a language: `<code>.yml`, or the file of its first subtag; nil when there is neither.
    private func path(for code: String) -> String? {
        let primary = String(code.prefix { $0 != "-" })
        for name in [code, primary] {
            let path = Self.folder + "/" + name + ".yml"
            if reader.fileSystem.kind(reader.root + "/" + path) == .file { return path }
        }
        return nil
    }

    private var hasFolder: Bool {
        reader.fileSystem.kind(reader.root + "/" + Self.folder) == .directory
    }

    /// One strings file: a mapping of keys to text.
    private func read(_ path: String, known: Set<String>, _ diagnostics: inout [Diagnostic]) -> File? {
        let file: SourceFile
        do {
            file = try reader.read(path)
        } catch {
            diagnostics.append(error)
            return nil
        }
        var yaml = YAMLReader(file: file)
        defer { diagnostics += yaml.diagnostics }
        guard let root = yaml.compose(file.text) else {
            return yaml.diagnostics.hasErrors ? nil : (file, [:])
        }
        guard let fields = yaml.fields(root, expected: "a strings file") else { return nil }
        var table: [String: String] = [:]
        for (key, keyNode, _) in fields.pairs {
            guard let value = yaml.string(fields, key) else { continue }
            table[key] = value
            if !known.contains(key) {
                let hint = Suggestion.nearest(to: key, in: known.sorted()).map { "; did you mean '\($0)'?" } ?? ""
                yaml.diagnostics.append(
                    yaml.diagnostic(.warning, "no template uses the string '\(key)'\(hint)", at: keyNode))
            }
            if let allowed = ThemeStrings.placeholders[key] {
                for name in Phrase(value).names where !allowed.contains(name) {
                    let names = allowed.sorted().map { "{\($0)}" }.joined(separator: ", ")
                    yaml.diagnostics.append(
                        yaml.diagnostic(
                            .warning, "'{\(name)}' is not a placeholder of '\(key)', which may use \(names)",
                            at: fields[key]))
                }
            }
        }
        return yaml.diagnostics.hasErrors ? nil : (file, table)
    }

    private func location(of code: String, _ config: SiteConfig) -> SourceLocation {
        config.siteLanguage(code)?.location ?? SourceLocation(path: "content/site.yml", line: 1)
    }
}
