public import Foundation
public import Placard

/// Creates a working site for `placard init`: `content/site.yml` with every key explained, one example post with
/// an update and a comments archive, and the default theme in `templates/`.
///
/// It never replaces a file: it refuses a folder that holds anything but hidden files (such as `.git`), and with
/// `force` it adds only the files that are missing.
public struct SiteStarter: Sendable {
    /// The new site's folder; created when missing.
    public let root: String
    /// Where files are read and written.
    public let fileSystem: FileSystem

    /// What `create` did, by path relative to the site folder.
    public struct Outcome: Sendable, Equatable {
        /// Files written.
        public var written: [String] = []
        /// Files that existed and were left as they were.
        public var kept: [String] = []
    }

    /// Creates a starter for the site in `root`.
    public init(root: String, fileSystem: FileSystem = .disk) {
        self.root = root
        self.fileSystem = fileSystem
    }

    /// Every file of a new site, by path relative to its folder, in the order written.
    public static var files: [(path: String, data: Data)] {
        ExampleSite.files.map { ($0.path, Data($0.text.utf8)) }
            + DefaultTheme.files.map { ("templates/" + $0.path, $0.data) }
    }

    /// Writes the site's files.
    /// - Parameter force: add the missing files to a folder that is not empty.
    /// - Throws: a diagnostic when the folder is not empty (without `force`), is a file, or a file cannot be written.
    public func create(force: Bool = false) throws(Diagnostic) -> Outcome {
        switch fileSystem.kind(root) {
        case .file:
            throw Diagnostic("\(root) is a file; give the name of a folder for the new site")
        case .directory where !force:
            let names = (try? fileSystem.list(root)) ?? []
            if names.contains(where: { !$0.hasPrefix(".") }) {
                throw Diagnostic(
                    "\(root) is not empty; choose a new folder, or add --force to add only the files it lacks")
            }
        default:
            break
        }
        let scaffold = ContentScaffold(root: root, fileSystem: fileSystem)
        var outcome = Outcome()
        for (path, data) in Self.files {
            if try scaffold.create(data, at: path) {
                outcome.written.append(path)
            } else {
                outcome.kept.append(path)
            }
        }
        return outcome
    }
}
