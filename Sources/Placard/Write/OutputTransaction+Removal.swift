import Foundation

extension OutputTransaction {
    /// Removes a file or link where `path` needs a folder, or a folder where it needs a file; whether it did.
    func clearWay(for path: String) -> Bool {
        var prefix = output
        for component in path.split(separator: "/").dropLast() {
            prefix += "/" + component
            let entry = fileSystem.inspect(prefix)
            if entry.isLink || entry.kind == .file { return (try? fileSystem.remove(prefix)) != nil }
            if entry.kind == .missing { return false }
        }
        let target = output + "/" + path
        let entry = fileSystem.inspect(target)
        guard entry.kind == .directory, !entry.isLink, let listing = try? fileSystem.walk(below: target) else {
            return false
        }
        // A failure shows when the move is tried again, which then throws.
        var failures = RemovalFailures()
        _ = remove(Set((listing.files + listing.links).map { path + "/" + $0 }), &failures)
        try? fileSystem.remove(target)
        return fileSystem.inspect(target).kind == .missing
    }

    /// Removes files, then the folders they leave empty; returns the paths removed, and counts those it could not.
    func remove(_ paths: Set<String>, _ failures: inout RemovalFailures) -> [String] {
        var removed: [String] = []
        var folders: Set<String> = []
        for path in paths.sorted() {
            guard failures.remove(path, in: output, fileSystem) else { continue }
            removed.append(path)
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                folders.insert(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            // A folder that still holds something (a file that could not be removed, a hidden file) stays.
            if (try? fileSystem.list(output + "/" + folder))?.isEmpty == true {
                failures.remove(folder, in: output, fileSystem)
            }
        }
        return removed
    }
}

/// The stale files, links and emptied folders a commit could not remove: one warning names the first and the count.
struct RemovalFailures {
    private(set) var count = 0
    private var first: (path: String, error: any Error)?

    /// Removes `path` below `output`; whether it is gone.
    @discardableResult
    mutating func remove(_ path: String, in output: String, _ fileSystem: FileSystem) -> Bool {
        do {
            try fileSystem.remove(output + "/" + path)
            return true
        } catch {
            count += 1
            if first == nil { first = (path, error) }
            return false
        }
    }

    func warning(in output: String) -> Diagnostic? {
        guard let first else { return nil }
        let left = count == 1 ? "it stays" : "it and \(count - 1) more that the site no longer makes stay"
        return OutputTransaction.leftover("remove", output + "/" + first.path, first.error, left + " in the output")
    }
}
