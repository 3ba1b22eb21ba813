import Foundation
import Yams

/// Reads one post folder: `index.md`, `updates/`, `comments.yml` and the files beside them.
struct PostLoader: Sendable {
    static let keys = [
        "title", "date", "summary", "tags", "draft", "slug", "comments", "original_comment_count", "image",
        "html", "aliases",
    ]
    static let updateKeys = ["title", "date", "aliases"]

    let reader: SourceReader
    let config: SiteConfig

    private var dates: DateParser { DateParser(timeZone: config.timeZone) }

    /// Reads the post in `folder` (relative to the site folder, e.g. `content/posts/a`).
    /// - Returns: the post and the warnings, or every error found in the folder.
    func load(folder: String) -> Result<(Post, [Diagnostic]), BuildFailure> {
        var diagnostics: [Diagnostic] = []
        let names: [String]
        let refused: Set<String>
        do {
            let listing = try reader.walk(folder)
            names = listing.files
            diagnostics += listing.diagnostics(in: folder)
            refused = Set(listing.refused.map(\.path) + listing.special)
        } catch {
            return .failure(
                BuildFailure([
                    Diagnostic(
                        "could not list the post folder (\(SourceReader.reason(error)))",
                        at: SourceLocation(path: folder, line: 1)
                    )
                ]))
        }
        // A folder that is itself a link out of the site, and an index.md that is one, are not read.
        if refused.contains("") { return .failure(BuildFailure(diagnostics)) }
        let sorted = PostFolderNames(names, config: config)
        for (name, message) in sorted.problems {
            diagnostics.append(Diagnostic(message, at: SourceLocation(path: folder + "/" + name, line: 1)))
        }
        let assets = sorted.assets
        let head = refused.contains("index.md") ? nil : readIndex(folder: folder, assets: assets, &diagnostics)
        let updates = readUpdates(folder: folder, names: sorted.updates, &diagnostics)
        let comments = readComments(folder: folder, present: names.contains("comments.yml"), &diagnostics)
        let translations = readTranslations(
            folder: folder, sorted, hasOriginal: names.contains("index.md"), updates: updates, &diagnostics)
        guard var post = head, let updates, let comments, !diagnostics.hasErrors else {
            return .failure(BuildFailure(diagnostics))
        }
        post.updates = updates
        post.comments = comments
        post.assets = assets
        post.language = config.language
        post.translations = translations
        return .success((post, diagnostics))
    }

    /// Reads `index.md`; `assets` are the files beside it, which `image` may name.
    private func readIndex(folder: String, assets: [String], _ diagnostics: inout [Diagnostic]) -> Post? {
        let front: FrontMatter
        var yaml: YAMLReader
        do {
            (front, yaml) = try FrontMatter.read(folder + "/index.md", with: reader)
        } catch {
            diagnostics.append(error)
            return nil
        }
        defer { diagnostics += yaml.diagnostics }
        guard let fields = yaml.frontMatterFields(front) else { return nil }
        yaml.warnUnknownKeys(fields, known: Self.keys, in: "a post's front matter")
        let title = yaml.requiredString(fields, "title", in: "the front matter")
        var date: Date?
        if fields["date"] == nil {
            yaml.error("the front matter has no 'date'; add a 'date: YYYY-MM-DD' line", at: nil)
        } else {
            date = yaml.date(fields, "date", parser: dates)
        }
        let slug = yaml.string(fields, "slug") ?? String(folder.split(separator: "/").last ?? "")
        if let problem = Slug.problem(slug, as: fields["slug"] == nil ? "the post folder's name" : "the slug") {
            yaml.error(problem, at: fields["slug"] ?? fields.start)
        }
        // Every value is read before giving up on the post, so that all of its errors are reported at once.
        let summary = yaml.string(fields, "summary")
        let tags = tags(fields, &yaml)
        let draft = yaml.bool(fields, "draft") ?? false
        let commentsMode = yaml.oneOf(fields, "comments", Post.CommentsMode.self) ?? .closed
        let originalCommentCount = yaml.int(fields, "original_comment_count", in: 0...Int(Int32.max))
        let image = self.image(fields, folder: folder, assets: assets, &yaml)
        let rawHTML = yaml.bool(fields, "html") ?? false
        let aliases = Self.aliases(fields, folder: folder, assets: assets, &yaml)
        guard let title, let date else { return nil }
        return Post(
            slug: slug, folder: folder, title: title, date: date, summary: summary, tags: tags, draft: draft,
            commentsMode: commentsMode, originalCommentCount: originalCommentCount, image: image,
            body: front.body, updates: [], comments: .empty, assets: [], rawHTML: rawHTML, aliases: aliases
        )
    }

    /// `aliases`; one that leads to a file needs the file beside the post.
    private static func aliases(
        _ fields: Fields, folder: String, assets: [String], _ yaml: inout YAMLReader
    ) -> [Alias] {
        let aliases = yaml.aliases(fields, files: true)
        for alias in aliases {
            if let file = alias.file, !assets.contains(file) {
                yaml.diagnostics.append(
                    alias.error(
                        "the alias \(alias.display) leads to the file '\(Slug.visible(file))', which is not beside the "
                            + "post; put it in \(folder)/ or remove 'file'"))
            }
        }
        return aliases
    }

    /// `image`: an absolute URL, or a file beside the post.
    private func image(_ fields: Fields, folder: String, assets: [String], _ yaml: inout YAMLReader) -> String? {
        let image = yaml.string(fields, "image")
        if let image, !image.isEmpty, !image.hasPrefix("https://"), !image.hasPrefix("http://"), !assets.contains(image)
        {
            yaml.error(
                "the 'image' \(image) is not a file beside the post; put it in \(folder)/, or give an https:// URL",
                at: fields["image"])
        }
        return image
    }

    /// `tags`; a tag without a letter or digit is an error, since its page would have no name.
    func tags(_ fields: Fields, _ yaml: inout YAMLReader) -> [String] {
        let tags = yaml.strings(fields, "tags") ?? []
        var items: [Node] = []
        if case .sequence(let sequence) = fields["tags"] { items = Array(sequence) }
        for tag in tags {
            let name = Slug.make(tag)
            let at = items.first { $0.string == tag } ?? fields["tags"]
            if name.isEmpty {
                yaml.error(
                    "the tag '\(tag)' has no letter or digit to name its page (tags/<name>/); add some or remove the tag",
                    at: at)
            } else if name.utf8.count > Slug.maxBytes {
                yaml.error(
                    "the tag '\(tag.prefix(40))…' would name its page with \(name.utf8.count) bytes; shorten it to at "
                        + "most \(Slug.maxBytes)", at: at)
            }
        }
        return tags
    }
}
