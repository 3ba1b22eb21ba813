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
    /// The paths added, each by one file.
    private let claims = OutputClaims()
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
    /// - Throws: a diagnostic naming the file that could not be read or written, and why, or the content file whose
    ///   output path another file has already (``OutputClaims``).
    func add(_ file: OutputFile) throws(BuildFailure) {
        let claim = claims.claimOrRefuse(file)
        if let error = claim.error { throw BuildFailure([error]) }
        if claim.refused { return }
        let data: Data
        switch file.contents {
        case .data(let bytes): data = bytes
        case .copy(let source):
            try add(copying: root + "/" + source, to: file.path)
            return
        }
        if let target = comparable(file.path), let old = try? fileSystem.read(target), old == data {
            record(file.path, staged: false)
            return
        }
        do {
            try makeFolder(Self.parent(of: file.path))
            try fileSystem.create(data, staging + "/" + file.path)
        } catch {
            throw BuildFailure([Self.failure("write", staging + "/" + file.path, error)])
        }
        record(file.path, staged: true)
    }

    /// Stages a copy of a site file, unless the output's copy has its bytes; neither is ever held in memory whole
    /// (``FileSystem/copy`` and ``FileSystem/sameBytes``).
    private func add(copying source: String, to path: String) throws(BuildFailure) {
        if let target = comparable(path), fileSystem.sameBytes(source, target) {
            record(path, staged: false)
            return
        }
        do {
            try makeFolder(Self.parent(of: path))
            try fileSystem.copy(source, staging + "/" + path)
        } catch {
            // The error names the side that failed: a source that cannot be read is the author's to fix.
            let failed = (error as NSError).userInfo[NSFilePathErrorKey] as? String
            let reading = failed == source || fileSystem.inspect(source).kind != .file
            throw BuildFailure([
                Self.failure(reading ? "read" : "write", reading ? source : staging + "/" + path, error)
            ])
        }
        record(path, staged: true)
    }

    /// The output's file at `path`, when there is one to compare a new file with: never through a symbolic link (one
    /// planted in the output is replaced, not read), and never in an output folder the build is making anew.
    private func comparable(_ path: String) -> String? {
        guard outputExisted else { return nil }
        let target = output + "/" + path
        let existing = fileSystem.inspect(target)
        return existing.kind == .file && !existing.isLink && !existing.isSpecial ? target : nil
    }

    /// Notes a file added: staged for the commit, or unchanged from the output's copy.
    private func record(_ path: String, staged: Bool) {
        state.withLock {
            $0.made.insert(path)
            if staged { $0.staged.append(path) } else { $0.unchanged += 1 }
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
    /// - Throws: a diagnostic naming the file that could not be moved; files moved before it stay (the failure says
    ///   how many), and the next build, which compares every file's bytes, puts the rest right.
    func commit(keepingOnly: Set<String>? = nil, removing: [String] = []) throws(BuildFailure) -> OutputReport {
        defer { removeStaging() }
        let (staged, unchanged) = state.withLock { ($0.staged.sorted(), $0.unchanged) }
        var report = OutputReport(unchanged: unchanged)
        // Walked without following symbolic links: a link in the output is never the build's, and is removed before
        // anything moves, so that nothing is written, or deleted, through it.
        let listing = keepingOnly == nil ? nil : listOutput(&report)
        var stale = keepingOnly.map { keep in (listing?.files ?? []).filter { !keep.contains($0) } } ?? []
        // Checked before anything moves: a folder that no build claimed is never emptied, not even of its links.
        let ownership = OutputOwnership(fileSystem: fileSystem, output: output)
        try ownership.check(removing: stale + (listing?.links ?? []))
        var failures = RemovalFailures()
        for link in listing?.links ?? [] { failures.remove(link, in: output, fileSystem) }
        defer { ownership.claim() }
        try moveStaged(staged, &report)
        stale += removing.filter { fileSystem.kind(output + "/" + $0) == .file }
        let removed = remove(Set(stale), &failures)
        report.removed = removed.count
        report.changed = (report.changed + removed).sorted()
        report.warnings += [failures.warning(in: output), ownership.claim()].compactMap { $0 }
        return report
    }

    /// The output folder's files and links, when it is a folder; a warning in `report` when it cannot be listed.
    private func listOutput(_ report: inout OutputReport) -> FolderListing? {
        guard fileSystem.kind(output) == .directory else { return nil }
        do { return try fileSystem.walk(below: output) } catch {
            report.warnings.append(Self.leftover("list", output, error, "files the site no longer makes stay in it"))
            return nil
        }
    }

    /// Moves the staged files (`staged`, sorted) into place, counting them in `report`: for a first build the staging
    /// folder becomes the output folder in one step.
    /// - Throws: a diagnostic naming the file or folder that could not be moved, with the files moved before it.
    private func moveStaged(_ staged: [String], _ report: inout OutputReport) throws(BuildFailure) {
        if !staged.isEmpty, fileSystem.kind(output) == .missing, fileSystem.kind(staging) == .directory {
            do {
                try fileSystem.move(staging, output)
            } catch {
                throw BuildFailure([Self.failure("write", output, error)])
            }
            report.written = staged.count
            report.changed = staged
            return
        }
        for path in staged {
            do {
                try move(path)
            } catch {
                var failure = BuildFailure([Self.failure("write", output + "/" + path, error)])
                failure.written = report.written
                throw failure
            }
            report.written += 1
            report.changed.append(path)
        }
    }

    /// Drops everything staged; the output folder is not touched.
    func abandon() { removeStaging() }

    /// Moves one staged file into place. When the move fails because a stale file is where the path needs a folder
    /// (a static file `zzz` that became the page `zzz/`), or a stale folder is where it needs a file, that file or
    /// folder is removed and the move tried again: such leftovers are never the build's, since no two paths it makes
    /// are a file and a folder of the same name (``OutputClaims``).
    private func move(_ path: String) throws {
        do {
            try fileSystem.move(staging + "/" + path, output + "/" + path)
        } catch {
            guard clearWay(for: path) else { throw error }
            try fileSystem.move(staging + "/" + path, output + "/" + path)
        }
    }

    private func removeStaging() {
        folders.withLock { $0.removeAll() }
        guard fileSystem.kind(staging) != .missing else { return }
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// A warning for something the commit could not do after the build succeeded.
    static func leftover(_ verb: String, _ path: String, _ error: any Error, _ consequence: String) -> Diagnostic {
        Diagnostic(
            .warning,
            "could not \(verb) \(path) (\(SourceReader.reason(error))), so \(consequence); check the folder's permissions"
        )
    }

    private static func failure(_ verb: String, _ path: String, _ error: any Error) -> Diagnostic {
        Diagnostic(
            "could not \(verb) \(path) (\(SourceReader.reason(error))); check the folder's permissions and free space"
        )
    }
}
