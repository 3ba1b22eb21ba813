import Foundation
import Yams

extension PostLoader {
    static let translationKeys = ["title", "summary", "slug", "tags", "draft", "html"]
    static let updateTranslationKeys = ["title"]

    /// Reads the post's translations and their updates; a translation without its original is an error.
    /// - Parameters:
    ///   - hasOriginal: whether the folder has `index.md`.
    ///   - updates: the original's updates, nil when they did not load (then no update translation is checked against
    ///     them).
    func readTranslations(
        folder: String, _ names: PostFolderNames, hasOriginal: Bool, updates: [Update]?,
        _ diagnostics: inout [Diagnostic]
    ) -> [Translation] {
        var translations: [Translation] = []
        for file in names.translations {
            let path = folder + "/" + file.name
            guard hasOriginal else {
                diagnostics.append(
                    Diagnostic(
                        "this translation has no original: a post's text in the site's default language "
                            + "(\(config.language)) is index.md, and its translations sit beside it; add index.md",
                        at: SourceLocation(path: path, line: 1)))
                continue
            }
            if let translation = readTranslation(path: path, language: file.language, &diagnostics) {
                translations.append(translation)
            }
        }
        let keys = updates.map { Set($0.map(\.key)) }
        for file in names.updateTranslations {
            let path = folder + "/" + file.name
            guard let key = file.key, let index = translations.firstIndex(where: { $0.language == file.language })
            else {
                if names.translations.contains(where: { $0.language == file.language }) { continue }
                diagnostics.append(
                    Diagnostic(
                        "this update's translation belongs to a translation of the post, and there is no "
                            + "index.\(file.language).md; translate the post first",
                        at: SourceLocation(path: path, line: 1)))
                continue
            }
            if let keys, !keys.contains(key) {
                diagnostics.append(
                    Diagnostic(
                        "this translation has no original: there is no updates/\(key).md; add the update, or fix the "
                            + "date in the file name", at: SourceLocation(path: path, line: 1)))
                continue
            }
            if let update = readUpdateTranslation(path: path, key: key, &diagnostics) {
                translations[index].updates.append(update)
            }
        }
        if let updates {
            let order = Dictionary(updates.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
            for index in translations.indices {
                translations[index].updates.sort { order[$0.key, default: 0] < order[$1.key, default: 0] }
            }
        }
        return translations
    }

    /// Reads `index.<code>.md`.
    private func readTranslation(path: String, language: String, _ diagnostics: inout [Diagnostic]) -> Translation? {
        guard case (let fields, let front, var yaml)? = frontMatter(path: path, &diagnostics) else { return nil }
        defer { diagnostics += yaml.diagnostics }
        yaml.warnUnknownKeys(
            fields, known: Self.translationKeys + ["date", "aliases"], in: "a translation's front matter")
        refuseDate(fields, original: "index.md", &yaml)
        yaml.refuseTranslatedAliases(fields, original: "index.md")
        let slug = yaml.string(fields, "slug")
        if let slug, let problem = Slug.problem(slug, as: "the slug") { yaml.error(problem, at: fields["slug"]) }
        let translation = Translation(
            language: language, title: yaml.string(fields, "title"), slug: slug,
            summary: yaml.string(fields, "summary"),
            tags: fields["tags"] == nil ? nil : tags(fields, &yaml), draft: yaml.bool(fields, "draft") ?? false,
            rawHTML: yaml.bool(fields, "html"), body: front.body)
        return yaml.diagnostics.hasErrors ? nil : translation
    }

    /// Reads `updates/<key>.<code>.md`.
    private func readUpdateTranslation(
        path: String, key: String, _ diagnostics: inout [Diagnostic]
    ) -> Translation.Update? {
        guard case (let fields, let front, var yaml)? = frontMatter(path: path, &diagnostics) else { return nil }
        defer { diagnostics += yaml.diagnostics }
        yaml.warnUnknownKeys(
            fields, known: Self.updateTranslationKeys + ["date", "aliases"], in: "a translated update's front matter")
        refuseDate(fields, original: "updates/\(key).md", &yaml)
        yaml.refuseTranslatedAliases(fields, original: "updates/\(key).md")
        let update = Translation.Update(key: key, title: yaml.string(fields, "title"), body: front.body)
        return yaml.diagnostics.hasErrors ? nil : update
    }

    /// A translation's dates are its original's: a `date` is an error.
    private func refuseDate(_ fields: Fields, original: String, _ yaml: inout YAMLReader) {
        guard fields["date"] != nil else { return }
        yaml.error("a translation has its original's date (\(original)); remove 'date'", at: fields["date"])
    }

    /// A file's front matter, its body, and the reader holding what was found wrong in the YAML so far.
    private func frontMatter(
        path: String, _ diagnostics: inout [Diagnostic]
    ) -> (Fields, FrontMatter, YAMLReader)? {
        guard case (let front, var yaml)? = FrontMatter.read(path, with: reader, &diagnostics) else { return nil }
        guard let fields = yaml.frontMatterFields(front) else {
            diagnostics += yaml.diagnostics
            return nil
        }
        return (fields, front, yaml)
    }
}

extension YAMLReader {
    /// Old addresses lead to the original's page: `aliases` in a translation is an error at the key.
    mutating func refuseTranslatedAliases(_ fields: Fields, original: String) {
        guard let node = fields["aliases"] else { return }
        error(
            "a translation has no aliases of its own: an old address leads to the original's page; move 'aliases' "
                + "to \(original)", at: node)
    }
}
