import Foundation
import Hummingbird

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files of a build output folder, as `FileMiddleware` sees them.
///
/// Every request path is resolved with `realpath(3)` and must land inside the folder, so a symbolic link that
/// points elsewhere is not followed out of it; anything else is reported as missing. The folder itself is
/// resolved on each request, so it may be replaced (for example by a rebuild that swaps folders) while serving.
/// Modification times keep their nanoseconds, so a file rewritten within the same second gets a new ETag.
struct OutputFolder: FileProvider {
    /// What `FileMiddleware` needs to know about a file.
    struct FileAttributes: FileMiddlewareFileAttributes, Sendable {
        let isFolder: Bool
        let size: Int
        let modificationDate: Date
    }

    /// A resolved absolute path inside the folder.
    typealias FileIdentifier = String

    /// The folder, as given: absolute or relative to the working folder.
    let root: String
    let fileIO: FileIO

    init(root: String, fileIO: FileIO = FileIO()) {
        self.root = root
        self.fileIO = fileIO
    }

    /// Resolves a decoded URL path to a real path inside the folder, or `nil` when it does not exist or is outside.
    func getFileIdentifier(_ path: String) -> String? {
        guard let realRoot = Self.realPath(root) else { return nil }
        let relative = path.drop { $0 == "/" }
        guard let resolved = Self.realPath(relative.isEmpty ? realRoot : "\(realRoot)/\(relative)") else {
            return nil
        }
        let prefix = realRoot.hasSuffix("/") ? realRoot : "\(realRoot)/"
        guard resolved == realRoot || resolved.hasPrefix(prefix) else { return nil }
        return resolved
    }

    /// Returns the attributes of a regular file or folder; `nil` for anything else (devices, pipes, sockets).
    func getAttributes(id path: String) async throws -> FileAttributes? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG || type == S_IFDIR else { return nil }
        let modified = info.modified
        return FileAttributes(
            isFolder: type == S_IFDIR,
            size: Int(info.st_size),
            modificationDate: Date(timeIntervalSince1970: Double(modified.tv_sec) + Double(modified.tv_nsec) / 1e9)
        )
    }

    func loadFile(id path: String, context: some RequestContext) async throws -> ResponseBody {
        try await fileIO.loadFile(path: path, context: context)
    }

    func loadFile(id path: String, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        try await fileIO.loadFile(path: path, range: range, context: context)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
