import Foundation

/// What a walk below a folder found, as paths relative to that folder, each list sorted.
struct FolderListing: Sendable {
    /// Every file, through symbolic links that lead elsewhere.
    var files: [String] = []
    /// Symbolic links that lead back to a folder holding them; they are not followed.
    var loops: [String] = []
    /// Names that lead nowhere: a symbolic link whose target is missing or that refers to itself.
    var dangling: [String] = []
}

extension FolderListing {
    /// An error for each symbolic link that leads back up (it is not followed) and a warning for each name that
    /// leads nowhere, below `folder` (a path relative to the site folder, as diagnostics show it).
    func diagnostics(in folder: String) -> [Diagnostic] {
        let loops = loops.map { loop in
            Diagnostic(
                "this symbolic link leads back to a folder that holds it; remove the link",
                at: SourceLocation(path: folder + "/" + loop, line: 1))
        }
        return loops
            + dangling.map { name in
                Diagnostic(
                    .warning, "this symbolic link leads nowhere, so it is skipped; remove it or fix its target",
                    at: SourceLocation(path: folder + "/" + name, line: 1))
            }
    }
}

/// A symbolic link below a folder that leads back to a folder holding it, so that the folder has no end.
struct FolderLoop: LocalizedError, Sendable {
    /// The link, relative to the folder walked.
    let path: String

    var errorDescription: String? { "the symbolic link \(path) leads back to a folder that holds it" }
}

extension FileSystem {
    /// Every file below a folder, as paths relative to it, sorted; folders are walked without recursion.
    /// - Throws: what ``list`` throws, or a ``FolderLoop`` for the first symbolic link that leads back up.
    func files(below root: String) throws -> [String] {
        let listing = try walk(below: root)
        if let loop = listing.loops.first { throw FolderLoop(path: loop) }
        return listing.files
    }

    /// Walks below a folder without recursion, following symbolic links except those that lead back to a folder on
    /// the way down, which are listed as loops instead.
    /// - Throws: what ``list`` throws.
    func walk(below root: String) throws -> FolderListing {
        var listing = FolderListing()
        var pending: [(relative: String, above: Set<String>)] = [("", [resolve(root) ?? root])]
        while let (relative, above) = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            for name in try list(folder) {
                let child = relative.isEmpty ? name : relative + "/" + name
                let path = root + "/" + child
                switch kind(path) {
                case .directory:
                    let real = resolve(path) ?? path
                    // A folder on the way down, or one that holds them (a link to `..` of the walked folder).
                    if above.contains(real) || above.contains(where: { $0.hasPrefix(real + "/") }) {
                        listing.loops.append(child)
                    } else {
                        pending.append((child, above.union([real])))
                    }
                case .file: listing.files.append(child)
                case .missing: listing.dangling.append(child)
                }
            }
        }
        listing.files.sort()
        listing.loops.sort()
        listing.dangling.sort()
        return listing
    }
}
