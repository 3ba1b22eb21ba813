import Markup

/// The Content-Security-Policy of the theme's pages, for the pages the build writes without a template (redirect
/// pages): the policy of the theme's `<meta http-equiv="Content-Security-Policy">`, so that every page of the site
/// has the same one, or Placard's own when the theme's cannot be read or is not strict enough for `placard check`.
enum ThemePolicy {
    /// The policy of the default theme (templates/base.mustache).
    static let placard =
        "default-src 'none'; script-src 'none'; object-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
        + "media-src 'self'; base-uri 'none'; form-action 'none'"

    /// The templates that hold a theme's `<head>`, in the order they are read.
    static let templates = ["templates/base.mustache", "templates/post.mustache", "templates/page.mustache"]

    /// The first policy the theme's templates write as fixed text that passes `check`, or ``placard``.
    static func read(_ reader: SourceReader) -> String {
        for path in templates where reader.fileSystem.kind(reader.root + "/" + path) == .file {
            guard let file = try? reader.read(path) else { continue }
            for token in HTMLScanner.tokens(in: file.text) {
                guard case .start(let tag) = token, tag.name == "meta",
                    tag.value("http-equiv")?.lowercased() == "content-security-policy",
                    let policy = tag.value("content")
                else { continue }
                let fixed = !policy.contains("{{") && !policy.contains("}}")
                return fixed && ContentSecurityPolicy(policy).problems.isEmpty ? policy : placard
            }
        }
        return placard
    }
}
