import Foundation
import Placard

extension ImportStage {
    /// Moves every staged file into the content folder: all of them or, when a move fails, none.
    ///
    /// Without `.force`, a file that exists already stops the import before anything moves. With it, the file it
    /// replaces is set aside in the staging folder until every move succeeded, and put back when one failed.
    /// - Throws: a diagnostic naming the first file that exists (without `.force`) or the move that failed.
    func commit(_ options: ImportOptions) throws(Diagnostic) {
        if !options.contains(.force) {
            let existing = files.filter { manager.fileExists(atPath: content + "/" + $0) }
            if let first = existing.first {
                let more = existing.count > 1 ? " (and \(existing.count - 1) more)" : ""
                throw Diagnostic(
                    "\(content)/\(first) exists already\(more); nothing was written; use --force to replace")
            }
        }
        var moves = Moves()
        do {
            // Never halfway: an interruption waits for every move (or their undoing) to end.
            try InterruptCleanup.creating {
                do {
                    for relative in files { try move(relative, &moves) }
                } catch {
                    undo(moves)
                    throw error
                }
            }
        } catch let error as CocoaError where error.code == .userCancelled {
            throw Diagnostic("the import was interrupted; nothing was changed")
        } catch {
            throw Diagnostic(
                "could not write the imported content (\(SourceReader.reason(error))); nothing was changed")
        }
    }

    /// What `commit` changed so far, to undo it.
    struct Moves {
        /// Folders created in the content folder, outermost first.
        var folders: [String] = []
        /// Files moved in, each with where the file it replaced was set aside.
        var files: [(target: String, replaced: String?)] = []
    }

    private func move(_ relative: String, _ moves: inout Moves) throws {
        let target = content + "/" + relative
        try createFolders(for: relative, &moves)
        var replaced: String?
        if manager.fileExists(atPath: target) {
            let aside = root + "/replaced/" + relative
            try manager.createDirectory(
                atPath: (aside as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try manager.moveItem(atPath: target, toPath: aside)
            replaced = aside
        }
        moves.files.append((target, replaced))
        try manager.moveItem(atPath: root + "/content/" + relative, toPath: target)
    }

    /// Creates the folders above `relative` that do not exist, remembering them.
    private func createFolders(for relative: String, _ moves: inout Moves) throws {
        var folder = content
        var isFolder: ObjCBool = false
        if !manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            moves.folders.append(folder)
        }
        for component in relative.split(separator: "/").dropLast() {
            folder += "/" + component
            if !manager.fileExists(atPath: folder, isDirectory: &isFolder) {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: false)
                moves.folders.append(folder)
            }
        }
    }

    /// Removes what was moved in, puts back what it replaced, and removes the folders created for it (best effort: the
    /// move's own error is the one reported).
    private func undo(_ moves: Moves) {
        for (target, replaced) in moves.files.reversed() {
            try? manager.removeItem(atPath: target)
            if let replaced { try? manager.moveItem(atPath: replaced, toPath: target) }
        }
        for folder in moves.folders.reversed() where (try? manager.contentsOfDirectory(atPath: folder))?.isEmpty == true
        {
            try? manager.removeItem(atPath: folder)
        }
    }
}
