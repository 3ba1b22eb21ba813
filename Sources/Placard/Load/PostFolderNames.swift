/// The files of a post folder sorted by what they are: the post, its translations, its updates and theirs, the
/// comments archive and the files copied beside the page. A name that reads as a translation into a language the site
/// does not have is a problem, not a file to copy.
struct PostFolderNames {
    /// A translation's file: `index.es.md`, or `updates/2018-05-29.es.md` with the update's key.
    struct TranslationFile {
        var language: String
        var name: String
        var key: String?
    }

    /// `index.<code>.md` files, in the order the site lists the languages.
    var translations: [TranslationFile] = []
    /// `updates/<day>.<code>.md` files, in name order.
    var updateTranslations: [TranslationFile] = []
    /// The other names below `updates/`: the updates.
    var updates: [String] = []
    /// Files copied next to the page.
    var assets: [String] = []
    /// Names that read as translations into a language the site does not have, with the error to report.
    var problems: [(name: String, message: String)] = []

    init(_ names: [String], config: SiteConfig) {
        let others = config.otherLanguages.map(\.code)
        for name in names where name != "index.md" && name != "comments.yml" {
            if name.hasPrefix("updates/") {
                let file = String(name.dropFirst("updates/".count))
                if let (stem, code) = Self.split(file), let (day, sequence) = PostLoader.updateName(stem + ".md") {
                    let key = sequence == 1 ? day : "\(day)-\(sequence)"
                    if others.contains(code) {
                        updateTranslations.append(TranslationFile(language: code, name: name, key: key))
                    } else if code == config.language || LanguageCode.isLanguageLike(code) {
                        problems.append((name, Self.problem(code, original: "updates/\(stem).md", config)))
                    } else {
                        updates.append(name)
                    }
                } else {
                    updates.append(name)
                }
            } else if !name.contains("/"), name.hasPrefix("index."), let (stem, code) = Self.split(name),
                stem == "index"
            {
                if others.contains(code) {
                    translations.append(TranslationFile(language: code, name: name, key: nil))
                } else if code == config.language || LanguageCode.isLanguageLike(code) {
                    problems.append((name, Self.problem(code, original: "index.md", config)))
                } else {
                    assets.append(name)
                }
            } else {
                assets.append(name)
            }
        }
        translations.sort { others.firstIndex(of: $0.language)! < others.firstIndex(of: $1.language)! }
    }

    /// `2018-05-29.es.md` → ("2018-05-29", "es"); nil for a name without a part between dots before `.md`.
    static func split(_ name: String) -> (stem: String, code: String)? {
        guard name.hasSuffix(".md") else { return nil }
        let base = name.dropLast(3)
        guard let dot = base.lastIndex(of: "."), dot > base.startIndex else { return nil }
        let code = base[base.index(after: dot)...]
        guard !code.isEmpty else { return nil }
        return (String(base[..<dot]), String(code))
    }

    /// The error for a file named as a translation into `code`, which is not one of the site's other languages.
    static func problem(_ code: String, original: String, _ config: SiteConfig) -> String {
        if code == config.language {
            return "'\(code)' is the site's default language, whose text is \(original); name a translation for "
                + "another language, or rename this file to \(original)"
        }
        guard config.isMultilingual else {
            return "'\(code)' is not one of the site's languages: the site is in \(config.language) only; to publish "
                + "translations, list its languages under 'languages:' in content/site.yml"
        }
        return "'\(code)' is not one of the site's languages (\(config.languageCodes.joined(separator: ", "))); add it "
            + "under 'languages:' in content/site.yml, or rename the file"
    }
}
