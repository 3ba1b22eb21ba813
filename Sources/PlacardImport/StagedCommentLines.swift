import Foundation
import Placard

/// An append-only file in the staging folder holding the `comments.yml` lines of approved comments but their id and
/// parent (their "tail": author, URL, date, type, body), rendered as each comment is read and read back by span.
///
/// Owned by one import on one thread; closed when released.
final class StagedCommentLines {
    /// A byte range of the file.
    struct Span: Sendable, Hashable {
        var offset: UInt64
        var length: Int
    }

    let path: String
    private let handle: FileHandle
    /// Bytes written to the file so far.
    private var flushed: UInt64 = 0
    /// Appended bytes not yet written, so that a comment costs no system call of its own.
    private var pending = Data()

    /// Creates an empty tails file at `path`.
    /// - Throws: a diagnostic when the file cannot be created.
    init(path: String) throws(Diagnostic) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forUpdatingAtPath: path)
        else { throw Diagnostic("could not create the staging file \(path)") }
        self.path = path
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// Appends one comment's tail.
    /// - Returns: where it was written.
    /// - Throws: a diagnostic when the write fails (e.g. a full disk).
    func append(_ text: String) throws(Diagnostic) -> Span {
        let span = Span(offset: flushed + UInt64(pending.count), length: text.utf8.count)
        pending.append(contentsOf: text.utf8)
        if pending.count >= 1 << 16 { try flush() }
        return span
    }

    /// The bytes of one tail.
    /// - Throws: a diagnostic when the read fails or comes back short.
    func read(_ span: Span) throws(Diagnostic) -> Data {
        try flush()
        do {
            try handle.seek(toOffset: span.offset)
            let data = try handle.read(upToCount: span.length) ?? Data()
            guard data.count == span.length else { throw CocoaError(.fileReadCorruptFile) }
            return data
        } catch {
            throw Diagnostic("could not read the staging file \(path) (\(SourceReader.reason(error)))")
        }
    }

    private func flush() throws(Diagnostic) {
        guard !pending.isEmpty else { return }
        do {
            try handle.seek(toOffset: flushed)
            try handle.write(contentsOf: pending)
        } catch {
            throw Diagnostic("could not write the staging file \(path) (\(SourceReader.reason(error)))")
        }
        flushed += UInt64(pending.count)
        pending.removeAll(keepingCapacity: true)
    }
}
