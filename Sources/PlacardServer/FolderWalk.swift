import Foundation
import Placard

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folders and files below some folders of a site, walked without recursion; symbolic links are followed when
/// the build would follow them (``SourceBounds``: never out of the site), each folder is visited once (so a link loop
/// ends), and what is not content (hidden and editors' temporary files) is left out.
struct FolderWalk {
    /// A file's identity and state, to tell whether it changed.
    struct FileState: Hashable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    /// Folders found, relative to the root, the starting folders included.
    private(set) var folders: [String] = []
    /// Files found, relative to the root.
    private(set) var files: [String: FileState] = [:]

    /// Walks `folders` (relative to `root`); missing ones are skipped.
    init(root: String, folders start: [String]) {
        let bounds = SourceBounds(root: root)
        var visited: Set<[UInt64]> = []
        var pending = start.reversed().map { $0 }
        while let relative = pending.popLast() {
            var info = stat()
            guard stat(root + "/" + relative, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
                visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted,
                let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + relative)
            else { continue }
            folders.append(relative)
            for name in names.sorted() where !SourceWatcher.isIgnored(name, in: relative) {
                let path = relative + "/" + name
                if Self.isRefusedLink(root + "/" + path, bounds) {
                    // The build reports it; what it leads to is not watched.
                    files[path] = FileState(device: 0, inode: 0, size: -2, seconds: 0, nanoseconds: 0)
                    continue
                }
                guard stat(root + "/" + path, &info) == 0 else {
                    // A dangling link: still a file of the site, one the build will complain about.
                    files[path] = FileState(device: 0, inode: 0, size: -1, seconds: 0, nanoseconds: 0)
                    continue
                }
                if info.st_mode & S_IFMT == S_IFDIR {
                    pending.append(path)
                } else {
                    files[path] = Self.state(info)
                }
            }
        }
    }

    /// Whether a path is a symbolic link.
    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// Whether a path is a symbolic link that leads where the build never reads.
    static func isRefusedLink(_ path: String, _ bounds: SourceBounds) -> Bool {
        guard isSymbolicLink(path), let resolved = realpath(path, nil) else { return false }
        defer { free(resolved) }
        return bounds.refusal(of: String(cString: resolved)) != nil
    }

    /// The files added, removed or changed since an earlier walk.
    func changes(since earlier: FolderWalk) -> Set<String> {
        Set(files.keys).union(earlier.files.keys).filter { files[$0] != earlier.files[$0] }
    }

    private static func state(_ info: stat) -> FileState {
        let modified = info.modified
        return FileState(
            device: UInt64(info.st_dev),
            inode: UInt64(info.st_ino),
            size: Int64(info.st_size),
            seconds: Int(modified.tv_sec),
            nanoseconds: Int(modified.tv_nsec)
        )
    }
}

extension stat {
    /// The last modification time, under its name on this system.
    var modified: timespec {
        #if canImport(Darwin)
            st_mtimespec
        #else
            st_mtim
        #endif
    }
}
