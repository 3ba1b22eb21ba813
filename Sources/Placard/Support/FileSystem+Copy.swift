import Foundation

/// Copying and comparing files a chunk at a time, so that a build's memory does not grow with the size of the static
/// files it publishes (a 1 GB video was read whole, and on a rebuild its published copy too).
extension FileSystem {
    /// The size of the chunks read and written.
    package static let chunkSize = 1 << 20

    /// Copies `from` to a new file at `to` (its folders created), a chunk at a time, and gives the copy the source's
    /// modification time, so that a later build can tell it unchanged from its size and time alone.
    /// - Throws: the error of the read or write that failed; nothing is left at `to` then.
    static func copyStreamed(from: String, to: String) throws {
        let source = open(from, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw failure(errno, from) }
        defer { close(source) }
        var info = stat()
        guard fstat(source, &info) == 0 else { throw failure(errno, from) }
        var target = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        if target < 0, errno == ENOENT, makeFolders(parent(of: to)) == 0 {
            target = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        }
        guard target >= 0 else { throw failure(errno, to) }
        var failed = copyChunks(source, target)
        if failed == 0 {
            var times = [info.modificationTime, info.modificationTime]
            if futimens(target, &times) != 0 { failed = errno }
        }
        if close(target) != 0, failed == 0 { failed = errno }
        if failed != 0 {
            unlink(to)
            throw failure(failed, to)
        }
    }

    /// Whether two regular files hold the same bytes: different sizes are different, the same size and modification
    /// time are the same (``copyStreamed(from:to:)`` gives its copies the source's time), anything else is compared a
    /// chunk at a time, and `copy` is then given `original`'s time so that the next build need not read it again.
    static func compareStreamed(_ original: String, _ copy: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(original, &first) == 0, lstat(copy, &second) == 0, second.st_mode & S_IFMT == S_IFREG,
            first.st_size == second.st_size
        else { return false }
        let (a, b) = (first.modificationTime, second.modificationTime)
        if a.tv_sec == b.tv_sec, a.tv_nsec == b.tv_nsec { return true }
        let left = open(original, O_RDONLY | O_CLOEXEC)
        let right = open(copy, O_RDONLY | O_CLOEXEC)
        defer {
            if left >= 0 { close(left) }
            if right >= 0 { close(right) }
        }
        guard left >= 0, right >= 0, equalChunks(left, right) else { return false }
        var times = [a, a]
        _ = utimensat(AT_FDCWD, copy, &times, 0)
        return true
    }

    /// Copies what is left of `source` into `target`; 0, or the `errno` of the step that failed.
    private static func copyChunks(_ source: Int32, _ target: Int32) -> Int32 {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = Foundation.read(source, buffer, chunkSize)
            if count < 0, errno == EINTR { continue }
            if count < 0 { return errno }
            if count == 0 { return 0 }
            var offset = 0
            while offset < count {
                let written = Foundation.write(target, buffer + offset, count - offset)
                if written < 0, errno == EINTR { continue }
                if written < 0 { return errno }
                offset += written
            }
        }
    }

    /// Whether two open files hold the same bytes from here on.
    private static func equalChunks(_ left: Int32, _ right: Int32) -> Bool {
        let one = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        let two = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer {
            one.deallocate()
            two.deallocate()
        }
        while true {
            let count = readFully(left, one)
            guard count >= 0, readFully(right, two) == count else { return false }
            if count == 0 { return true }
            if memcmp(one, two, count) != 0 { return false }
        }
    }

    /// Reads up to a whole chunk; the count read (0 at the end), or -1 on an error.
    private static func readFully(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer) -> Int {
        var total = 0
        while total < chunkSize {
            let count = Foundation.read(descriptor, buffer + total, chunkSize - total)
            if count < 0, errno == EINTR { continue }
            if count < 0 { return -1 }
            if count == 0 { break }
            total += count
        }
        return total
    }
}

extension stat {
    /// The last modification time, under its name on this system.
    var modificationTime: timespec {
        #if canImport(Darwin)
            st_mtimespec
        #else
            st_mtim
        #endif
    }
}
