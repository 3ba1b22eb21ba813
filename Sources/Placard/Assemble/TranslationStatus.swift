/// How far one post's translation into one of the site's languages has kept up with the original's dated updates.
public struct TranslationStatus: Sendable, Equatable {
    /// The original's slug.
    public var post: String
    /// The post's folder, `content/posts/a`.
    public var folder: String
    /// The language's code.
    public var language: String
    /// The translation's file, `content/posts/a/index.es.md`; nil when the post has no translation into the language.
    public var file: String?
    /// How many of the original's updates the translation translates.
    public var translated: Int
    /// How many updates the original has.
    public var total: Int
    /// The keys of the original's updates it lacks (`2018-06-15`), oldest first.
    public var missing: [String]

    /// Whether the post has a translation into the language.
    public var isTranslated: Bool { file != nil }
    /// Whether the translation lacks any of the original's updates.
    public var isBehind: Bool { file != nil && !missing.isEmpty }
    /// The newest update it lacks.
    public var newestMissing: String? { missing.last }

    /// The warning `placard check` gives for a translation that is behind, at its file; nil for one that is not.
    public var warning: Diagnostic? {
        guard isBehind, let file, let newest = newestMissing else { return nil }
        let translations = missing.map { "updates/\($0).\(language).md" }
        let lacks =
            missing.count == 1
            ? "the update of \(newest) (updates/\(newest).md)"
            : "\(missing.count) updates of its original (\(missing.joined(separator: ", ")))"
        return Diagnostic(
            .warning,
            "this translation lacks \(lacks), and its page says so; translate "
                + (translations.count == 1
                    ? "it as \(translations[0])" : "them as \(translations.joined(separator: ", "))"),
            at: SourceLocation(path: file, line: 1))
    }

    /// A table of statuses, one line each: post, language, updates translated of the total, and the newest update the
    /// translation lacks.
    public static func table(_ statuses: [TranslationStatus]) -> String {
        let header = ["post", "language", "updates", "newest missing update"]
        let rows = statuses.map { status -> [String] in
            guard status.isTranslated else { return [status.post, status.language, "-", "not translated"] }
            return [
                status.post, status.language, "\(status.translated)/\(status.total)", status.newestMissing ?? "none",
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.enumerated().map { column, text in
                column == row.count - 1 ? text : text + String(repeating: " ", count: widths[column] - text.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

extension Site {
    /// Each post's status in each of the site's other languages, posts newest first, languages in `site.yml`'s order.
    public var translationStatus: [TranslationStatus] {
        posts.flatMap { post in
            config.otherLanguages.map { language in
                let translation = post.translation(language.code)
                let missing = translation.map(post.untranslatedUpdates) ?? post.updates
                return TranslationStatus(
                    post: post.slug, folder: post.folder, language: language.code, file: translation?.path,
                    translated: post.updates.count - missing.count, total: post.updates.count,
                    missing: missing.map(\.key))
            }
        }
    }
}
