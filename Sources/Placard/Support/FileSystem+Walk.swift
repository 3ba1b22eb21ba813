import Foundation

/// What a walk below a folder found, as paths relative to that folder, each list sorted. Names that are not content
/// (``SourceNames``) are left out.
package struct FolderListing: Sendable {
    /// Every folder walked, "" (the walked folder itself) first, through the symbolic links that may be followed.
    package var folders: [String] = []
    /// Every file, through the symbolic links that may be followed.
    package var files: [String] = []
    /// Symbolic links that lead back to a folder holding them; they are not followed.
    package var loops: [String] = []
    /// Names that lead nowhere: a symbolic link whose target is missing or that refers to itself.
    package var dangling: [String] = []
    /// Symbolic links the bounds refuse, with why; "" is the walked folder itself. They are not followed.
    package var refused: [(path: String, refusal: SourceBounds.Refusal)] = []
    /// Pipes, sockets and devices, which are never read: reading one may never end.
    package var special: [String] = []
    /// Symbolic links of an output folder, which are never followed.
    package var links: [String] = []
}

extension FolderListing {
    /// An error for each symbolic link that leads back up or out of the site and for each pipe or device, and a
    /// warning for each name that leads nowhere, below `folder` (a path relative to the site folder, as diagnostics
    /// show it).
    func diagnostics(in folder: String) -> [Diagnostic] {
        func at(_ name: String) -> SourceLocation {
            SourceLocation(path: name.isEmpty ? folder : folder + "/" + name, line: 1)
        }
        var diagnostics = loops.map { loop in
            Diagnostic("this symbolic link leads back to a folder that holds it; remove the link", at: at(loop))
        }
        diagnostics += refused.map { Diagnostic(Self.message($0.refusal), at: at($0.path)) }
        diagnostics += special.map { name in
            Diagnostic(
                "this is a pipe, socket or device, not a file, so it cannot be published; remove it", at: at(name))
        }
        return diagnostics
            + dangling.map { name in
                Diagnostic(
                    .warning, "this symbolic link leads nowhere, so it is skipped; remove it or fix its target",
                    at: at(name))
            }
    }

    /// What an error at a refused link says.
    static func message(_ refusal: SourceBounds.Refusal) -> String {
        switch refusal {
        case .outside(let target):
            "this symbolic link leads to \(target), outside the site folder, which a build never reads; copy what you "
                + "want published into the site"
        case .output:
            "this symbolic link leads into the output folder, which would publish the site inside itself; remove the link"
        case .hidden(let target):
            "this symbolic link leads to \(target), a hidden file or folder, which a build never reads; remove the link"
        }
    }
}

extension FileSystem {
    /// Every file below an output folder, as paths relative to it, sorted, without following symbolic links.
    /// - Throws: what ``list`` throws.
    func files(below root: String) throws -> [String] {
        try walk(below: root).files
    }

    /// Walks below a folder without recursion.
    ///
    /// With `bounds` (a source folder), symbolic links are followed when the bounds allow their target, except those
    /// that lead back to a folder on the way down, which are listed as loops. Without (an output folder), a link is
    /// listed in `links` and never followed, so that removing it removes the link, not what it leads to. Either way,
    /// names that are not content are left out, but for `.well-known` in `wellKnownIn` (a folder relative to `root`,
    /// "" for `root` itself; see ``SourceNames/wellKnownParent(below:)``).
    /// - Throws: what ``list`` throws.
    package func walk(below root: String, within bounds: SourceBounds? = nil, wellKnownIn: String? = nil) throws
        -> FolderListing
    {
        var listing = FolderListing()
        let top = resolve(root) ?? root
        if let bounds, inspect(root).isLink, let refusal = bounds.refusal(of: top) {
            listing.refused.append(("", refusal))
            return listing
        }
        var pending = [WalkedFolder(relative: "", real: bounds == nil ? root : top, above: [top])]
        while let folder = pending.popLast() {
            listing.folders.append(folder.relative)
            let path = folder.relative.isEmpty ? root : root + "/" + folder.relative
            for name in try list(path)
            where SourceNames.isContent(name, allowsWellKnown: folder.relative == wellKnownIn) {
                if let next = visit(name, in: folder, at: path, within: bounds, &listing) { pending.append(next) }
            }
        }
        listing.sort()
        return listing
    }

    /// Lists one name of a folder being walked; the folder to walk next when it is one.
    private func visit(
        _ name: String, in folder: WalkedFolder, at path: String, within bounds: SourceBounds?,
        _ listing: inout FolderListing
    ) -> WalkedFolder? {
        let child = folder.relative.isEmpty ? name : folder.relative + "/" + name
        let entry = inspect(path + "/" + name)
        var real = folder.real + "/" + name
        if entry.isLink {
            guard let bounds else {
                listing.links.append(child)
                return nil
            }
            guard entry.kind != .missing, let target = resolve(path + "/" + name) else {
                listing.dangling.append(child)
                return nil
            }
            if let refusal = bounds.refusal(of: target) {
                listing.refused.append((child, refusal))
                return nil
            }
            real = target
        }
        switch entry.kind {
        case .directory:
            // A folder on the way down, or one that holds them (a link to `..` of the walked folder).
            if folder.above.contains(real) || folder.above.contains(where: { $0.hasPrefix(real + "/") }) {
                listing.loops.append(child)
                return nil
            }
            return WalkedFolder(relative: child, real: real, above: folder.above.union([real]))
        case .file where entry.isSpecial: listing.special.append(child)
        case .file: listing.files.append(child)
        case .missing: listing.dangling.append(child)
        }
        return nil
    }
}

/// A folder a walk has still to list: its path relative to the walked folder, its real path, and the real paths of
/// the folders above it, to tell a link that leads back up.
private struct WalkedFolder {
    var relative: String
    var real: String
    var above: Set<String>
}

extension FolderListing {
    /// Sorts every list.
    fileprivate mutating func sort() {
        folders.sort()
        files.sort()
        loops.sort()
        dangling.sort()
        refused.sort { $0.path < $1.path }
        special.sort()
        links.sort()
    }
}
