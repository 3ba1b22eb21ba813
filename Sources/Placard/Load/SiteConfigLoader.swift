import Foundation
import Yams

/// Reads `content/site.yml` into `SiteConfig`, with a diagnostic for every wrong value.
package struct SiteConfigLoader {
    static let keys = [
        "title", "base_url", "language", "description", "author", "timezone", "date_format", "markdown",
        "comments", "labels", "phone", "feed", "languages",
    ]

    /// Reads the settings; the returned diagnostics hold warnings, and errors when the config is nil.
    package init() {}

    /// Reads a `site.yml` as the build reads it (``SourceReader``), when it is there: what `new` and `import` need
    /// of a site's settings.
    /// - Parameters:
    ///   - relative: its path below the reader's folder, such as `content/site.yml`.
    ///   - shownAs: the path errors name, when not `relative`.
    /// - Returns: the settings, or nil when there is no such file.
    /// - Throws: the first error in it, or why it cannot be read.
    package func loadIfPresent(
        _ relative: String, from reader: SourceReader, shownAs: String? = nil
    ) throws(Diagnostic) -> SiteConfig? {
        guard reader.fileSystem.kind(reader.root + "/" + relative) == .file else { return nil }
        var file: SourceFile
        do { file = try reader.read(relative) } catch {
            var located = error
            if let shownAs { located.location?.path = shownAs }
            throw located
        }
        if let shownAs { file = SourceFile(path: shownAs, text: file.text) }
        let (config, diagnostics) = load(file)
        guard let config else { throw diagnostics.firstError ?? Diagnostic("\(file.path) has errors") }
        return config
    }

    package func load(_ file: SourceFile, baseURLOverride: String? = nil) -> (SiteConfig?, [Diagnostic]) {
        var reader = YAMLReader(file: file)
        guard let root = reader.composeDocument(file.text, needs: "'title:' and 'base_url:' lines"),
            let fields = reader.fields(root, expected: "site.yml")
        else { return (nil, reader.diagnostics) }
        reader.warnUnknownKeys(fields, known: Self.keys, in: "site.yml")
        let title = reader.requiredString(fields, "title", in: "site.yml")
        let baseURL = baseURLOverride ?? reader.requiredString(fields, "base_url", in: "site.yml")
        var config = SiteConfig(title: title ?? "", baseURL: Self.normalise(baseURL ?? ""))
        if baseURLOverride == nil, let baseURL, !Self.isAbsolute(baseURL) {
            reader.error("'base_url' must be an absolute URL such as https://example.org/", at: fields["base_url"])
        }
        config.language = reader.string(fields, "language") ?? config.language
        config.description = reader.string(fields, "description")
        readAuthor(&config, fields, &reader)
        readTimeZone(&config, fields, &reader)
        config.dateFormat = reader.string(fields, "date_format") ?? config.dateFormat
        readNested(&config, fields, &reader)
        readLanguages(&config, fields, &reader)
        let failed = reader.diagnostics.hasErrors
        return (failed ? nil : config, reader.diagnostics)
    }

    private func readAuthor(_ config: inout SiteConfig, _ fields: Fields, _ reader: inout YAMLReader) {
        guard let node = fields["author"] else { return }
        if case .scalar(let scalar) = node {
            config.author = .init(name: scalar.string)
        } else if let author = reader.nested(fields, "author", known: ["name", "url"]),
            let name = reader.requiredString(author, "name", in: "'author'")
        {
            let url = reader.string(author, "url")
            if let url, !URLScheme.isLinkable(url), !(url.hasPrefix("/") && !url.hasPrefix("//")) {
                reader.error(
                    "the author's 'url' must be an http, https or mailto URL, or a path of the site such as /about/",
                    at: author["url"])
            }
            config.author = .init(name: name, url: url)
        }
    }

    private func readTimeZone(_ config: inout SiteConfig, _ fields: Fields, _ reader: inout YAMLReader) {
        guard let name = reader.string(fields, "timezone") else { return }
        guard let zone = TimeZone(identifier: name) else {
            reader.error(
                "'timezone' is '\(name)', which is not a time zone; use an IANA name such as America/New_York",
                at: fields["timezone"]
            )
            return
        }
        config.timeZone = zone
    }

    private func readNested(_ config: inout SiteConfig, _ fields: Fields, _ reader: inout YAMLReader) {
        if let markdown = reader.nested(fields, "markdown", known: ["unsafe_html"]) {
            config.unsafeHTML = reader.bool(markdown, "unsafe_html") ?? config.unsafeHTML
        }
        if let comments = reader.nested(fields, "comments", known: ["max_depth", "per_page"]) {
            config.maxCommentDepth = reader.int(comments, "max_depth", in: 1...100) ?? config.maxCommentDepth
            config.commentsPerPage = reader.int(comments, "per_page", in: 1...100_000) ?? config.commentsPerPage
        }
        if let feed = reader.nested(fields, "feed", known: ["limit"]) {
            config.feedLimit = reader.int(feed, "limit", in: 1...100_000) ?? config.feedLimit
        }
        config.labels = reader.strings(fields, "labels") ?? config.labels
        if let phone = reader.nested(fields, "phone", known: ["region", "alternates"]) {
            config.phoneRegion = reader.string(phone, "region") ?? config.phoneRegion
            if let node = phone["alternates"], let alternates = reader.fields(node, expected: "'alternates'") {
                for (number, _, _) in alternates.pairs {
                    config.phoneAlternates[number] = reader.string(alternates, number)
                }
            }
        }
    }

    /// `https://example.org` → `https://example.org/`.
    static func normalise(_ url: String) -> String { url.hasSuffix("/") ? url : url + "/" }

    static func isAbsolute(_ url: String) -> Bool {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            return false
        }
        return (scheme == "https" || scheme == "http") && !(components.host ?? "").isEmpty
    }
}

extension YAMLReader {
    /// Parses a whole YAML file; an empty one is an error that says what the file needs.
    mutating func composeDocument(_ yaml: String, needs: String) -> Node? {
        let before = diagnostics.count
        if let node = compose(yaml) { return node }
        if diagnostics.count == before {
            error("the file is empty; it needs at least \(needs)", at: nil)
        }
        return nil
    }
}
