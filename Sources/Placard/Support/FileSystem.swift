public import Foundation

/// The file operations Placard uses, as closures, so that tests can put a fake or a temporary folder behind them.
///
/// Paths are plain strings. Every closure may be called from any thread.
public struct FileSystem: Sendable {
    /// What a path names.
    public enum Kind: Sendable { case file, directory, missing }

    /// What a path names, and whether the name itself is a symbolic link (`kind` is then what the link leads to).
    public struct Entry: Sendable, Equatable {
        public var kind: Kind
        public var isLink: Bool
        /// A pipe, socket or device (`kind` is then `.file`): reading one may never end.
        public var isSpecial: Bool

        /// Creates an entry.
        public init(kind: Kind, isLink: Bool, isSpecial: Bool = false) {
            self.kind = kind
            self.isLink = isLink
            self.isSpecial = isSpecial
        }
    }

    /// Reads a whole file.
    public var read: @Sendable (String) throws -> Data
    /// Writes a whole file atomically (a new file renamed into place), creating its parent folders.
    public var write: @Sendable (Data, String) throws -> Void
    /// Writes a whole file in place, not atomically, creating its parent folders: for files nothing reads before they
    /// are complete, such as those of a build's staging folder. `write` unless given.
    public var create: @Sendable (Data, String) throws -> Void
    /// Makes one folder whose parent folder exists; a folder already there is not an error. Does nothing unless given
    /// (`write` and `create` make missing parent folders themselves): for a writer that makes each folder once, in
    /// order, instead of letting a write fail first.
    public var makeFolder: @Sendable (String) throws -> Void
    /// Asks the file system to spread the folders made inside this one over the disk, as the tops of separate
    /// hierarchies (ext2/3/4's `chattr +T`); a hint, which does nothing where it is not understood.
    public var spreadFolders: @Sendable (String) -> Void
    /// Lists the names in a folder, sorted.
    public var list: @Sendable (String) throws -> [String]
    /// Says whether a path is a file, a folder or missing; symbolic links are followed.
    public var kind: @Sendable (String) -> Kind
    /// Removes a file, a symbolic link (not what it leads to) or an empty folder.
    public var remove: @Sendable (String) throws -> Void
    /// Moves a file onto a path in the same file system, replacing what is there in one step and creating the
    /// target's parent folders.
    public var move: @Sendable (_ from: String, _ to: String) throws -> Void
    /// The path with every symbolic link resolved, so that a walk can tell a folder it has already entered; `nil` when
    /// it cannot be resolved. A file system without links returns the path as it is.
    public var resolve: @Sendable (String) -> String?
    /// What a path names, and whether it is a symbolic link: one `lstat` (and a `stat` for a link) on the disk. A file
    /// system without links answers with `kind`.
    public var inspect: @Sendable (String) -> Entry
    /// Copies a file to a new path (its folders created) without holding it in memory: the disk copies a chunk at a
    /// time and keeps the modification time. `write(read(from), to)` unless given.
    public var copy: @Sendable (_ from: String, _ to: String) throws -> Void
    /// Whether two files hold the same bytes, compared without holding them in memory; false when either is missing
    /// or not a regular file. `read(a) == read(b)` unless given.
    public var sameBytes: @Sendable (_ a: String, _ b: String) -> Bool

    /// Creates a file system from its operations.
    public init(
        read: @escaping @Sendable (String) throws -> Data,
        write: @escaping @Sendable (Data, String) throws -> Void,
        list: @escaping @Sendable (String) throws -> [String],
        kind: @escaping @Sendable (String) -> Kind,
        remove: @escaping @Sendable (String) throws -> Void,
        move: (@Sendable (_ from: String, _ to: String) throws -> Void)? = nil,
        resolve: (@Sendable (String) -> String?)? = nil,
        create: (@Sendable (Data, String) throws -> Void)? = nil,
        inspect: (@Sendable (String) -> Entry)? = nil,
        copy: (@Sendable (_ from: String, _ to: String) throws -> Void)? = nil,
        sameBytes: (@Sendable (_ a: String, _ b: String) -> Bool)? = nil,
        makeFolder: (@Sendable (String) throws -> Void)? = nil,
        spreadFolders: (@Sendable (String) -> Void)? = nil
    ) {
        self.read = read
        self.write = write
        self.create = create ?? write
        self.list = list
        self.kind = kind
        self.remove = remove
        self.move =
            move ?? { from, to in
                try write(try read(from), to); try remove(from)
            }
        self.resolve = resolve ?? { $0 }
        self.makeFolder = makeFolder ?? { _ in }
        self.spreadFolders = spreadFolders ?? { _ in }
        self.inspect = inspect ?? { path in Entry(kind: kind(path), isLink: false) }
        let create = self.create
        self.copy = copy ?? { from, to in try create(try read(from), to) }
        self.sameBytes =
            sameBytes ?? { a, b in
                guard let left = try? read(a), let right = try? read(b) else { return false }
                return left == right
            }
    }

    /// The real disk.
    public static let disk = FileSystem(
        read: { path in try Data(contentsOf: URL(fileURLWithPath: path)) },
        write: { data, path in try writeFile(data, path, inPlace: false) },
        list: { path in try FileManager.default.contentsOfDirectory(atPath: path).sorted() },
        kind: { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
            return isDirectory.boolValue ? .directory : .file
        },
        remove: { path in
            // Never recursive and never through a link: a link is removed, not what it leads to.
            if unlink(path) == 0 { return }
            if errno == EISDIR || errno == EPERM, rmdir(path) == 0 { return }
            throw failure(errno, path)
        },
        move: { from, to in
            if rename(from, to) == 0 { return }
            if errno == ENOENT, makeFolders(parent(of: to)) == 0, rename(from, to) == 0 { return }
            throw failure(errno, to)
        },
        resolve: { path in
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        },
        create: { data, path in try writeFile(data, path, inPlace: true) },
        inspect: { path in
            var info = stat()
            guard lstat(path, &info) == 0 else { return Entry(kind: .missing, isLink: false) }
            let isLink = info.st_mode & S_IFMT == S_IFLNK
            if isLink, stat(path, &info) != 0 { return Entry(kind: .missing, isLink: true) }
            let type = info.st_mode & S_IFMT
            return Entry(
                kind: type == S_IFDIR ? .directory : .file, isLink: isLink,
                isSpecial: type != S_IFDIR && type != S_IFREG)
        },
        copy: { from, to in try FileSystem.copyStreamed(from: from, to: to) },
        sameBytes: { a, b in FileSystem.compareStreamed(a, b) },
        makeFolder: { path in
            if mkdir(path, 0o777) != 0, errno != EEXIST { throw failure(errno, path) }
        },
        spreadFolders: { path in markTopOfHierarchies(path) }
    )

    /// Writes a file, creating its parent folders when the write says they are missing (most exist already).
    private static func writeFile(_ data: Data, _ path: String, inPlace: Bool) throws {
        var failed = writeBytes(data, path, inPlace: inPlace)
        if failed == ENOENT {
            failed = makeFolders(parent(of: path))
            if failed == 0 { failed = writeBytes(data, path, inPlace: inPlace) }
        }
        if failed != 0 { throw failure(failed, path) }
    }

    /// The folder part of a path ("." for a bare name).
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    /// `mkdir -p`: one `mkdir` per missing folder, none for those already there.
    /// - Returns: 0, or the `errno` of the `mkdir` that failed.
    static func makeFolders(_ path: String) -> Int32 {
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return 0 }
        guard errno == ENOENT, path != "/", path != "." else { return errno }
        let failed = makeFolders(parent(of: path))
        if failed != 0 { return failed }
        return mkdir(path, 0o777) == 0 || errno == EEXIST ? 0 : errno
    }

    /// Writes `data` to a new file beside `path`, then renames it onto `path`, so a reader sees the old file or the
    /// new one, never part of one; `inPlace` writes `path` itself. Unlike Foundation's `.atomic` writes this does not
    /// `fsync` every file: that made a build of 5,000 pages wait on the disk for seconds, and a site generator's
    /// output is rebuilt, not recovered.
    /// - Returns: 0, or the `errno` of the step that failed.
    private static func writeBytes(_ data: Data, _ path: String, inPlace: Bool) -> Int32 {
        let temporary = inPlace ? path : path + ".placard-\(String(UInt64.random(in: 0...UInt64.max), radix: 36))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | (inPlace ? O_TRUNC : O_EXCL) | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return errno }
        var failed: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failed = errno
                    return
                }
                offset += count
            }
        }
        if close(descriptor) != 0, failed == 0 { failed = errno }
        if failed == 0, !inPlace, rename(temporary, path) != 0 { failed = errno }
        if failed != 0 { unlink(temporary) }
        return failed
    }

    /// The error Foundation would give for a failed write: a Cocoa error with the POSIX reason inside.
    static func failure(_ code: Int32, _ path: String) -> any Error {
        let reason = NSError(domain: NSPOSIXErrorDomain, code: Int(code))
        let kind: CocoaError.Code =
            switch code {
            case ENOENT: .fileNoSuchFile
            case EACCES, EPERM: .fileWriteNoPermission
            case ENOSPC: .fileWriteOutOfSpace
            default: .fileWriteUnknown
            }
        return NSError(
            domain: NSCocoaErrorDomain, code: kind.rawValue,
            userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: reason])
    }
}
