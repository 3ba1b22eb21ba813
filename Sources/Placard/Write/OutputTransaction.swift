import Foundation
import Synchronization

/// Writes a build into the output folder in two steps, so that a build that fails, whether on content or on a write,
/// leaves the folder as it was.
///
/// While the build renders, ``add(_:)`` compares each file with the one in the output folder and writes only files
/// whose bytes changed, into a staging folder beside the output (`.public.placard-staging` next to `public`, so
/// on the same file system). ``commit(keepingOnly:removing:)`` then moves each staged file into place, each move
/// replacing the old file in one step, and removes files the build no longer makes. ``abandon()`` drops the staging
/// folder. Files can be added from any thread.
final class OutputTransaction: Sendable {
    /// What a committed build changed.
    struct Report: Sendable {
        /// Files moved into the output, and files removed, below the output folder, sorted.
        var changed: [String] = []
        var written = 0
        var unchanged = 0
        var removed = 0
    }

    let fileSystem: FileSystem
    /// The site folder; copied files are read relative to it.
    let root: String
    /// The output folder, absolute or relative to the working folder.
    let output: String
    /// Where changed files wait for the commit.
    let staging: String

    private struct State {
        var staged: [String] = []
        var made: Set<String> = []
        var unchanged = 0
    }
    private let state = Mutex(State())
    /// Whether the output folder was there when the build began: when it was not (a first build, or one after
    /// `rm -rf public`), no file is compared with an old copy.
    private let outputExisted: Bool
    /// The folders made below the staging folder ("" for the staging folder itself): each is made once, with one
    /// `mkdir`, before the first file that goes in it.
    private let folders = Mutex<Set<String>>([])

    init(fileSystem: FileSystem, root: String, output: String) {
        self.fileSystem = fileSystem
        self.root = root
        self.output = output
        let url = URL(fileURLWithPath: output)
        staging =
            url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).placard-staging")
            .path
        outputExisted = fileSystem.kind(output) != .missing
        removeStaging()
    }

    /// Stages `file` when its bytes differ from the output's copy.
    /// - Throws: a diagnostic naming the file that could not be read or written, and why.
    func add(_ file: OutputFile) throws(BuildFailure) {
        let target = output + "/" + file.path
        let data: Data
        switch file.contents {
        case .data(let bytes): data = bytes
        case .copy(let source):
            do {
                data = try fileSystem.read(root + "/" + source)
            } catch {
                throw BuildFailure([Self.failure("read", root + "/" + source, error)])
            }
        }
        if outputExisted, fileSystem.kind(target) == .file, let old = try? fileSystem.read(target), old == data {
            state.withLock {
                $0.made.insert(file.path)
                $0.unchanged += 1
            }
            return
        }
        do {
            try makeFolder(Self.parent(of: file.path))
            try fileSystem.create(data, staging + "/" + file.path)
        } catch {
            throw BuildFailure([Self.failure("write", staging + "/" + file.path, error)])
        }
        state.withLock {
            $0.made.insert(file.path)
            $0.staged.append(file.path)
        }
    }

    /// Makes a folder below the staging folder, and the folders above it, unless this transaction made it already.
    private func makeFolder(_ relative: String) throws {
        guard !folders.withLock({ $0.contains(relative) }) else { return }
        if !relative.isEmpty { try makeFolder(Self.parent(of: relative)) }
        let path = relative.isEmpty ? staging : staging + "/" + relative
        try fileSystem.makeFolder(path)
        // A top-level folder of a site (posts/, tags/, page/) holds many pages' folders, each a hierarchy of its own.
        if !relative.isEmpty, !relative.utf8.contains(UInt8(ascii: "/")) { fileSystem.spreadFolders(path) }
        folders.withLock { _ = $0.insert(relative) }
    }

    /// The folder part of a path below the output folder ("" for a file at the top).
    private static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// The paths added so far, below the output folder.
    var made: Set<String> { state.withLock { $0.made } }

    /// Moves every staged file into the output folder, then removes stale files and the folders they leave empty.
    /// - Parameters:
    ///   - keepingOnly: when given, every file of the output folder not in it is removed (a whole build).
    ///   - removing: files to remove besides (a partial build knows which files it no longer makes).
    /// - Throws: a diagnostic naming the file that could not be moved; files moved before it stay, and the next
    ///   build, which compares every file's bytes, puts the rest right.
    func commit(keepingOnly: Set<String>? = nil, removing: [String] = []) throws(BuildFailure) -> Report {
        defer { removeStaging() }
        let (staged, unchanged) = state.withLock { ($0.staged, $0.unchanged) }
        var report = Report(unchanged: unchanged)
        let existing =
            keepingOnly != nil && fileSystem.kind(output) == .directory
            ? (try? fileSystem.walk(below: output))?.files ?? [] : []
        if !staged.isEmpty, fileSystem.kind(output) == .missing, fileSystem.kind(staging) == .directory {
            // A first build: the staging folder becomes the output folder in one step.
            do {
                try fileSystem.move(staging, output)
            } catch {
                throw BuildFailure([Self.failure("write", output, error)])
            }
            report.written = staged.count
            report.changed = staged.sorted()
            return report
        }
        for path in staged.sorted() {
            do {
                try fileSystem.move(staging + "/" + path, output + "/" + path)
            } catch {
                throw BuildFailure([Self.failure("write", output + "/" + path, error)])
            }
            report.written += 1
            report.changed.append(path)
        }
        var stale = removing.filter { fileSystem.kind(output + "/" + $0) == .file }
        if let keepingOnly { stale += existing.filter { !keepingOnly.contains($0) } }
        let removed = remove(Set(stale))
        report.removed = removed.count
        report.changed = (report.changed + removed).sorted()
        return report
    }

    /// Drops everything staged; the output folder is not touched.
    func abandon() { removeStaging() }

    /// Removes files, then the folders they leave empty; returns the paths removed.
    private func remove(_ paths: Set<String>) -> [String] {
        var removed: [String] = []
        var folders: Set<String> = []
        for path in paths.sorted() {
            guard (try? fileSystem.remove(output + "/" + path)) != nil else { continue }
            removed.append(path)
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                folders.insert(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            let path = output + "/" + folder
            if (try? fileSystem.list(path))?.isEmpty == true { try? fileSystem.remove(path) }
        }
        return removed
    }

    private func removeStaging() {
        folders.withLock { $0.removeAll() }
        guard fileSystem.kind(staging) != .missing else { return }
        try? FileManager.default.removeItem(atPath: staging)
    }

    private static func failure(_ verb: String, _ path: String, _ error: any Error) -> Diagnostic {
        Diagnostic(
            "could not \(verb) \(path) (\(SourceReader.reason(error))); check the folder's permissions and free space"
        )
    }
}
