import Foundation

/// Writes imported posts and pages into a content folder: all of them or, on any error, none.
///
/// Files go into a temporary folder beside the content folder first and are moved into place at the end.
struct ImportWriter: Sendable {
    /// The content folder, e.g. `./content`.
    let content: String
    let options: ImportOptions
    let yaml: ImportYAML

    /// The files to write, relative to the content folder, with their text.
    func files(_ posts: [ImportedPost]) -> [(String, String)] {
        var files: [(String, String)] = []
        for post in posts {
            if post.isPage {
                files.append(("pages/\(post.slug).md", yaml.document(post)))
                continue
            }
            files.append(("posts/\(post.slug)/index.md", yaml.document(post)))
            if !post.comments.isEmpty {
                files.append(("posts/\(post.slug)/comments.yml", yaml.comments(post.comments)))
            }
        }
        return files
    }

    /// Writes every file, or none.
    /// - Throws: a diagnostic naming the first file that exists (without `--force`) or could not be written.
    func write(_ files: [(String, String)]) throws(Diagnostic) {
        let manager = FileManager.default
        if !options.contains(.force) {
            let existing = files.map(\.0).filter { manager.fileExists(atPath: content + "/" + $0) }
            if let first = existing.first {
                throw Diagnostic(
                    "\(content)/\(first) exists already\(existing.count > 1 ? " (and \(existing.count - 1) more)" : ""); nothing was written; use --force to replace"
                )
            }
        }
        let parent = URL(fileURLWithPath: content).deletingLastPathComponent().path
        let temporary = parent + "/.placard-import-\(UUID().uuidString)"
        defer { try? manager.removeItem(atPath: temporary) }
        do {
            for (path, text) in files {
                let url = URL(fileURLWithPath: temporary + "/" + path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            for (path, _) in files {
                let target = URL(fileURLWithPath: content + "/" + path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
                try manager.moveItem(atPath: temporary + "/" + path, toPath: target.path)
            }
        } catch {
            throw Diagnostic("could not write the imported content (\(SourceReader.reason(error)))")
        }
    }

    /// The time zone of `site.yml` in the content folder, or UTC.
    static func timeZone(content: String) throws(Diagnostic) -> TimeZone {
        let path = content + "/site.yml"
        guard FileManager.default.fileExists(atPath: path) else { return TimeZone(identifier: "UTC")! }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw Diagnostic("could not read \(path) (\(SourceReader.reason(error)))")
        }
        let (config, diagnostics) = SiteConfigLoader().load(SourceFile(path: path, text: text))
        guard let config else {
            throw diagnostics.first(where: { $0.severity == .error }) ?? Diagnostic("\(path) has errors")
        }
        return config.timeZone
    }
}
