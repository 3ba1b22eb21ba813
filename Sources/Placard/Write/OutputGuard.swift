import Foundation

/// Refuses an output folder that is not a folder of its own: a build removes every file of its output folder that it
/// did not make, so an output folder that is the site folder, holds it, or lies inside `content/` or `templates/`
/// would delete the site (or, inside `content/static`, publish the output inside itself, one level deeper each build).
///
/// Folders are compared by their real paths, symbolic links resolved, so that `--output ./content/../.` or a link to
/// the site folder is seen for what it is; an output folder that does not exist yet is placed by its nearest
/// existing parent.
struct OutputGuard: Sendable {
    let fileSystem: FileSystem

    /// Checks that `options.output` is apart from `options.source` and its source folders.
    /// - Throws: one diagnostic saying which folder the output would destroy and what to choose instead.
    func check(_ options: BuildOptions) throws(BuildFailure) {
        let output = real(options.output)
        let site = real(options.source)
        var problem: String?
        if output == "/" || SourceBounds.isInside(site, output) {
            problem = output == site ? "is the site folder" : "holds the site folder \(site)"
        } else {
            for folder in ["content", "templates"] {
                let source = real(options.source + "/" + folder)
                if SourceBounds.isInside(output, source) {
                    problem = "is inside the site's \(folder)/ folder"
                } else if SourceBounds.isInside(source, output) {
                    problem = "holds the site's \(folder)/ folder (\(source))"
                }
                if problem != nil { break }
            }
        }
        guard let problem else { return }
        throw BuildFailure([
            Diagnostic(
                "the output folder \(options.output) \(problem), and a build removes every file of its output folder "
                    + "that it did not make; choose a folder of its own, such as \(Self.suggestion(options.source))")
        ])
    }

    /// The real path of a folder that may not exist yet: its nearest existing parent's real path, then the rest.
    func real(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var existing = absolute
        var rest: [String] = []
        while true {
            if let resolved = fileSystem.resolve(existing) {
                let joined = ([resolved == "/" ? "" : resolved] + rest.reversed()).joined(separator: "/")
                return joined.isEmpty ? "/" : joined
            }
            let url = URL(fileURLWithPath: existing)
            guard existing != "/", !existing.isEmpty else { return absolute }
            rest.append(url.lastPathComponent)
            existing = url.deletingLastPathComponent().path
        }
    }

    private static func suggestion(_ source: String) -> String {
        source == "." ? "public" : source + "/public"
    }
}
