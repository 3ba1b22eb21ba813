import Foundation

/// Writes a built site into the output folder: files whose bytes did not change are left alone and files the build no
/// longer makes are removed. It runs only after every page rendered, so a failed build touches nothing.
struct OutputWriter: Sendable {
    /// What the writer did.
    struct Report: Sendable {
        var written = 0
        var unchanged = 0
        var removed = 0
    }

    let fileSystem: FileSystem
    /// The site folder; copied files are read relative to it.
    let root: String
    /// The output folder, absolute or relative to the working folder.
    let output: String

    /// Writes `files`, removes stale ones.
    /// - Throws: a diagnostic naming the file that could not be written.
    func write(_ files: [OutputFile]) throws(BuildFailure) -> Report {
        var report = Report()
        let existing = fileSystem.kind(output) == .directory ? (try? fileSystem.files(below: output)) ?? [] : []
        for file in files {
            let target = output + "/" + file.path
            do {
                let data: Data
                switch file.contents {
                case .data(let bytes): data = bytes
                case .copy(let source): data = try fileSystem.read(root + "/" + source)
                }
                if fileSystem.kind(target) == .file, let old = try? fileSystem.read(target), old == data {
                    report.unchanged += 1
                    continue
                }
                try fileSystem.write(data, target)
                report.written += 1
            } catch {
                throw BuildFailure([
                    Diagnostic(
                        "could not write \(target) (\(SourceReader.reason(error))); check the folder's permissions and free space"
                    )
                ])
            }
        }
        report.removed = removeStale(existing: existing, kept: Set(files.map(\.path)))
        return report
    }

    /// Removes files that are no longer built, then folders left empty.
    private func removeStale(existing: [String], kept: Set<String>) -> Int {
        var removed = 0
        var folders: Set<String> = []
        for path in existing where !kept.contains(path) {
            guard (try? fileSystem.remove(output + "/" + path)) != nil else { continue }
            removed += 1
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
}
