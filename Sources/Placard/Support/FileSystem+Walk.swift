import Foundation

/// What a walk below a folder found, as paths relative to that folder, each list sorted. Names that are not content
/// (``SourceNames``) are left out.
struct FolderListing: Sendable {
    /// Every file, through the symbolic links that may be followed.
    var files: [String] = []
    /// Symbolic links that lead back to a folder holding them; they are not followed.
    var loops: [String] = []
    /// Names that lead nowhere: a symbolic link whose target is missing or that refers to itself.
    var dangling: [String] = []
    /// Symbolic links the bounds refuse, with why; "" is the walked folder itself. They are not followed.
    var refused: [(path: String, refusal: SourceBounds.Refusal)] = []
    /// Pipes, sockets and devices, which are never read: reading one may never end.
    var special: [String] = []
    /// Symbolic links of an output folder, which are never followed.
    var links: [String] = []
}

extension FolderListing {
    /// An error for each symbolic link that leads back up or out of the site and for each pipe or device, and a
    /// warning for each name that leads nowhere, below `folder` (a path relative to the site folder, as diagnostics
    /// show it).
    func diagnostics(in folder: String) -> [Diagnostic] {
        func at(_ name: String) -> SourceLocation { SourceLocation(path: name.isEmpty ? folder : folder + "/" + name, line: 1) }
        var diagnostics = loops.map { loop in
            Diagnostic("this symbolic link leads back to a folder that holds it; remove the link", at: at(loop))
        }
        diagnostics += refused.map { Diagnostic(Self.message($0.refusal), at: at($0.path)) }
        diagnostics += special.map { name in
            Diagnostic("this is a pipe, socket or device, not a file, so it cannot be published; remove it", at: at(name))
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
    /// names that are not content are left out; `.well-known` is kept at the top when `allowsWellKnown`.
    /// - Throws: what ``list`` throws.
    func walk(below root: String, within bounds: SourceBounds? = nil, allowsWellKnown: Bool = false) throws
        -> FolderListing
    {
        var listing = FolderListing()
        var top = resolve(root) ?? root
        if let bounds, inspect(root).isLink, let refusal = bounds.refusal(of: top) {
            listing.refused.append(("", refusal))
            return listing
        }
        if bounds == nil { top = root }
        var pending: [(relative: String, real: String, above: Set<String>)] = [("", top, [top])]
        while let (relative, real, above) = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            for name in try list(folder) where SourceNames.isContent(name, allowsWellKnown: allowsWellKnown && relative.isEmpty) {
                let child = relative.isEmpty ? name : relative + "/" + name
                let entry = inspect(folder + "/" + name)
                var childReal = real + "/" + name
                if entry.isLink {
                    guard let bounds else {
                        listing.links.append(child)
                        continue
                    }
                    guard entry.kind != .missing, let target = resolve(folder + "/" + name) else {
                        listing.dangling.append(child)
                        continue
                    }
                    if let refusal = bounds.refusal(of: target) {
                        listing.refused.append((child, refusal))
                        continue
                    }
                    childReal = target
                }
                switch entry.kind {
                case .directory:
                    // A folder on the way down, or one that holds them (a link to `..` of the walked folder).
                    if above.contains(childReal) || above.contains(where: { $0.hasPrefix(childReal + "/") }) {
                        listing.loops.append(child)
                    } else {
                        pending.append((child, childReal, above.union([childReal])))
                    }
                case .file where entry.isSpecial: listing.special.append(child)
                case .file: listing.files.append(child)
                case .missing: listing.dangling.append(child)
                }
            }
        }
        listing.files.sort()
        listing.loops.sort()
        listing.dangling.sort()
        listing.refused.sort { $0.path < $1.path }
        listing.special.sort()
        listing.links.sort()
        return listing
    }
}
