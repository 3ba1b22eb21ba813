/// The theme's words in one language: `templates/i18n/<code>.yml` over the default language's file, over Placard's
/// own English (``english``), so that every key has a value.
struct ThemeStrings: Sendable {
    /// The language's code.
    let language: String
    /// Every string, its fallbacks filled in.
    let table: [String: String]
    /// The phrases Placard fills itself, split once.
    private let phrases: [String: Phrase]

    /// - Parameter table: the strings of the language, with its fallbacks already merged in; a key it lacks is
    ///   Placard's English.
    init(language: String, table: [String: String]) {
        self.language = language
        let table = Self.english.merging(table) { $1 }
        self.table = table
        phrases = Dictionary(uniqueKeysWithValues: Self.placeholders.keys.map { ($0, Phrase(table[$0] ?? "")) })
    }

    /// Placard's English, for a site without a strings file.
    static let englishOnly = ThemeStrings(language: "en", table: [:])

    /// The string of `key`; "" for a key no file and no default has.
    subscript(key: String) -> String { table[key] ?? "" }

    /// A phrase that Placard fills, with its placeholders given.
    func phrase(_ key: String, _ values: [String: String]) -> String {
        (phrases[key] ?? Phrase(self[key])).filled(values)
    }

    /// A phrase as HTML: its own text escaped, the placeholders' values given as HTML.
    func html(_ key: String, _ values: [String: String]) -> String {
        (phrases[key] ?? Phrase(self[key])).html(values)
    }

    /// A phrase split into its parts, for text written straight into a page.
    func parts(_ key: String) -> Phrase { phrases[key] ?? Phrase(self[key]) }

    /// "1 comment archived", "46 comments archived", "46 of 74 comments archived".
    func archived(_ count: Int, of original: Int?) -> String {
        if let original, original > count {
            return phrase("comments_archived_partial", ["count": String(count), "total": String(original)])
        }
        return phrase(count == 1 ? "comments_archived_one" : "comments_archived_other", ["count": String(count)])
    }
}
