import Foundation
import Placard

extension ImportStage {
    /// Stages a copy of a media file at `relative`, a chunk at a time, never through a symbolic link.
    /// - Parameter limit: the most bytes the file may have.
    /// - Throws: a diagnostic when the file cannot be read, is no regular file, is larger than `limit`, or the copy
    ///   cannot be written.
    func copy(_ source: String, to relative: String, limit: Int) throws(Diagnostic) {
        let input = open(source, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard input >= 0 else {
            throw Diagnostic("could not read \(source) (\(String(cString: strerror(errno)).lowercased()))")
        }
        let reader = FileHandle(fileDescriptor: input, closeOnDealloc: true)
        var info = stat()
        guard fstat(input, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw Diagnostic("\(source) is not a regular file; media are copied only from files")
        }
        guard Int(info.st_size) <= limit else {
            throw Diagnostic("\(source) has \(info.st_size) bytes, more than the \(limit) a media file may have")
        }
        let file = try create(relative)
        defer { try? file.handle.close() }
        var copied = 0
        while true {
            let chunk: Data
            do { chunk = try reader.read(upToCount: FileSystem.chunkSize) ?? Data() } catch {
                throw Diagnostic("could not read \(source) (\(SourceReader.reason(error)))")
            }
            if chunk.isEmpty { break }
            copied += chunk.count
            guard copied <= limit else {
                throw Diagnostic("\(source) grew past the \(limit) bytes a media file may have while it was copied")
            }
            try write(chunk, to: file)
        }
    }

    /// Stages a file the importer wrote into its work folder (a download) at `relative`, by moving it.
    /// - Throws: a diagnostic when the move fails.
    func adopt(_ path: String, as relative: String) throws(Diagnostic) {
        let file = try create(relative)
        try? file.handle.close()
        guard rename(path, file.path) == 0 else {
            throw Diagnostic(
                "could not write the staging file \(file.path) (\(String(cString: strerror(errno)).lowercased()))")
        }
    }
}
