import Foundation
import Placard

/// A staging folder beside the content folder, where an import writes everything before any of it is moved into place.
///
/// `content/` inside it mirrors the files the import will add; `work/` holds what the importer set aside while
/// reading (items, comment tails). Nothing in the content folder changes until `commit()`, which runs only after the
/// whole export was read, and which puts back what it moved when a move fails. Owned by one import on one thread;
/// call `remove()` when done, on success or failure.
final class ImportStage {
    /// The content folder, e.g. `./content`.
    let content: String
    /// The staging folder, `.placard-import-<uuid>` beside the content folder.
    let root: String
    /// Files staged so far, relative to the content folder, in the order they were written.
    private(set) var files: [String] = []
    private var written = Set<String>()
    let manager = FileManager.default
    /// The staging folder's registration with ``InterruptCleanup``, which removes it on SIGINT or SIGTERM.
    private let cleanup: Int

    /// Creates an empty staging folder.
    /// - Throws: a diagnostic when the folder cannot be created.
    init(content: String) throws(Diagnostic) {
        self.content = content
        let parent = URL(fileURLWithPath: content).standardizedFileURL.deletingLastPathComponent().path
        let root = parent + "/.placard-import-\(UUID().uuidString)"
        self.root = root
        cleanup = InterruptCleanup.register(root)
        do {
            try InterruptCleanup.creating {
                try manager.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
                try manager.createDirectory(atPath: root + "/work", withIntermediateDirectories: true)
            }
        } catch {
            InterruptCleanup.unregister(cleanup)
            throw Diagnostic("could not create the staging folder \(root) (\(SourceReader.reason(error)))")
        }
    }

    /// A path for the importer's own scratch files, e.g. `work("tails")`.
    func work(_ name: String) -> String { root + "/work/" + name }

    /// Removes the staging folder and everything in it.
    func remove() {
        try? manager.removeItem(atPath: root)
        InterruptCleanup.unregister(cleanup)
    }

    /// Stages a file that will be written to `relative` in the content folder.
    /// - Throws: a diagnostic when the file cannot be written.
    func write(_ text: String, to relative: String) throws(Diagnostic) {
        let file = try create(relative)
        defer { try? file.handle.close() }
        try write(Data(text.utf8), to: file)
    }

    /// Stages `comments.yml` from planned entries, copying each approved comment's tail from `tails`: one comment at
    /// a time, however long the thread.
    /// - Throws: a diagnostic when a tail cannot be read or the file cannot be written.
    /// - Parameter rewrite: applied to each comment's staged lines (the links of a WordPress import).
    func writeComments(
        _ entries: [PlannedComment], tails: StagedCommentLines, to relative: String, rewrite: ((Data) -> Data)? = nil
    ) throws(Diagnostic) {
        let file = try create(relative)
        defer { try? file.handle.close() }
        var buffer = Data()
        for entry in entries {
            buffer += Data(ContentFileText.commentHead(entry).utf8)
            if let span = entry.tail {
                let tail = try tails.read(span)
                buffer += rewrite.map { $0(tail) } ?? tail
            }
            if buffer.count >= 65_536 {
                try write(buffer, to: file)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try write(buffer, to: file)
    }

    /// Creates an empty staged file, and the folders above it.
    func create(_ relative: String) throws(Diagnostic) -> (handle: FileHandle, path: String) {
        let path = root + "/content/" + relative
        do {
            let handle = try InterruptCleanup.creating { () throws -> FileHandle in
                try manager.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard manager.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path)
                else { throw CocoaError(.fileWriteUnknown) }
                return handle
            }
            if written.insert(relative).inserted { files.append(relative) }
            return (handle, path)
        } catch {
            throw Diagnostic("could not write the staging file \(path) (\(SourceReader.reason(error)))")
        }
    }

    func write(_ data: Data, to file: (handle: FileHandle, path: String)) throws(Diagnostic) {
        do { try file.handle.write(contentsOf: data) } catch {
            throw Diagnostic("could not write the staging file \(file.path) (\(SourceReader.reason(error)))")
        }
    }
}
