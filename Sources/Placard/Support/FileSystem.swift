public import Foundation

/// The file operations Placard uses, as closures, so that tests can put a fake or a temporary folder behind them.
///
/// Paths are plain strings. Every closure may be called from any thread.
public struct FileSystem: Sendable {
    /// What a path names.
    public enum Kind: Sendable { case file, directory, missing }

    /// Reads a whole file.
    public var read: @Sendable (String) throws -> Data
    /// Writes a whole file atomically, creating its parent folders.
    public var write: @Sendable (Data, String) throws -> Void
    /// Lists the names in a folder, sorted.
    public var list: @Sendable (String) throws -> [String]
    /// Says whether a path is a file, a folder or missing; symbolic links are followed.
    public var kind: @Sendable (String) -> Kind
    /// Removes a file or an empty folder.
    public var remove: @Sendable (String) throws -> Void
    /// Moves a file onto a path in the same file system, replacing what is there in one step and creating the
    /// target's parent folders.
    public var move: @Sendable (_ from: String, _ to: String) throws -> Void
    /// The path with every symbolic link resolved, so that a walk can tell a folder it has already entered; `nil` when
    /// it cannot be resolved. A file system without links returns the path as it is.
    public var resolve: @Sendable (String) -> String?

    /// Creates a file system from its operations.
    public init(
        read: @escaping @Sendable (String) throws -> Data,
        write: @escaping @Sendable (Data, String) throws -> Void,
        list: @escaping @Sendable (String) throws -> [String],
        kind: @escaping @Sendable (String) -> Kind,
        remove: @escaping @Sendable (String) throws -> Void,
        move: (@Sendable (_ from: String, _ to: String) throws -> Void)? = nil,
        resolve: (@Sendable (String) -> String?)? = nil
    ) {
        self.read = read
        self.write = write
        self.list = list
        self.kind = kind
        self.remove = remove
        self.move =
            move ?? { from, to in
                try write(try read(from), to); try remove(from)
            }
        self.resolve = resolve ?? { $0 }
    }

    /// The real disk.
    public static let disk = FileSystem(
        read: { path in try Data(contentsOf: URL(fileURLWithPath: path)) },
        write: { data, path in
            let url = URL(fileURLWithPath: path)
            // Most folders exist already: try first, create the parents only when the write says they are missing.
            do {
                try data.write(to: url, options: .atomic)
            } catch CocoaError.fileNoSuchFile {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(),
                    withIntermediateDirectories: true
                )
                try data.write(to: url, options: .atomic)
            }
        },
        list: { path in try FileManager.default.contentsOfDirectory(atPath: path).sorted() },
        kind: { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
            return isDirectory.boolValue ? .directory : .file
        },
        remove: { path in try FileManager.default.removeItem(atPath: path) },
        move: { from, to in
            if rename(from, to) == 0 { return }
            if errno == ENOENT {
                try FileManager.default.createDirectory(
                    at: URL(fileURLWithPath: to).deletingLastPathComponent(), withIntermediateDirectories: true)
                if rename(from, to) == 0 { return }
            }
            let reason = NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
            throw NSError(
                domain: NSCocoaErrorDomain, code: CocoaError.fileWriteUnknown.rawValue,
                userInfo: [NSFilePathErrorKey: to, NSUnderlyingErrorKey: reason])
        },
        resolve: { path in
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }
    )
}
