import Foundation

/// Reads a standalone page, `content/pages/<name>.md`.
struct PageLoader: Sendable {
    static let keys = ["title", "summary", "html", "aliases"]

    let reader: SourceReader

    /// Reads the page at `path` (relative to the site folder).
    func load(path: String) -> Result<(Page, [Diagnostic]), BuildFailure> {
        var problems: [Diagnostic] = []
        guard case (let front, var yaml)? = FrontMatter.read(path, with: reader, &problems) else {
            return .failure(BuildFailure(problems))
        }
        let name = String(path.split(separator: "/").last?.dropLast(3) ?? "")
        guard let fields = yaml.frontMatterFields(front) else { return .failure(BuildFailure(yaml.diagnostics)) }
        yaml.warnUnknownKeys(fields, known: Self.keys, in: "a page's front matter")
        let title = yaml.requiredString(fields, "title", in: "the front matter")
        let summary = yaml.string(fields, "summary")
        let rawHTML = yaml.bool(fields, "html") ?? false
        let aliases = yaml.aliases(fields, files: false)
        if let problem = Slug.problem(name, as: "the page's file name (before .md)") {
            yaml.error(problem, at: nil)
        }
        guard let title, !yaml.diagnostics.hasErrors else {
            return .failure(BuildFailure(yaml.diagnostics))
        }
        return .success(
            (
                Page(name: name, title: title, summary: summary, body: front.body, rawHTML: rawHTML, aliases: aliases),
                yaml.diagnostics
            ))
    }
}

extension PageLoader {
    /// Reads a page's translation, `content/pages/<name>.<code>.md`.
    func loadTranslation(path: String, language: String) -> Result<(Page.Translation, [Diagnostic]), BuildFailure> {
        var problems: [Diagnostic] = []
        guard case (let front, var yaml)? = FrontMatter.read(path, with: reader, &problems) else {
            return .failure(BuildFailure(problems))
        }
        guard let fields = yaml.frontMatterFields(front) else { return .failure(BuildFailure(yaml.diagnostics)) }
        yaml.warnUnknownKeys(fields, known: Self.keys, in: "a page's front matter")
        yaml.refuseTranslatedAliases(fields, original: path.replacingOccurrences(of: ".\(language).md", with: ".md"))
        let translation = Page.Translation(
            language: language, title: yaml.string(fields, "title"), summary: yaml.string(fields, "summary"),
            rawHTML: yaml.bool(fields, "html"), body: front.body)
        guard !yaml.diagnostics.hasErrors else {
            return .failure(BuildFailure(yaml.diagnostics))
        }
        return .success((translation, yaml.diagnostics))
    }
}
