#if os(Linux)
    import Foundation
    import Glibc
    import Placard

    /// inotify watches on a site folder and on every folder below some of its folders, kept up to date as folders
    /// come and go; it turns events into the paths of changed files, relative to the site folder.
    ///
    /// Used from the watcher's thread only.
    final class InotifyTree {
        /// Why inotify could not be used.
        struct Failure: Error, CustomStringConvertible {
            let description: String
        }

        // From <sys/inotify.h>.
        private static let attributes: UInt32 = 0x0000_0004
        private static let closeWrite: UInt32 = 0x0000_0008
        private static let movedFrom: UInt32 = 0x0000_0040
        private static let movedTo: UInt32 = 0x0000_0080
        private static let create: UInt32 = 0x0000_0100
        private static let delete: UInt32 = 0x0000_0200
        private static let overflow: UInt32 = 0x0000_4000
        private static let ignored: UInt32 = 0x0000_8000
        private static let onlyFolder: UInt32 = 0x0100_0000
        private static let isFolder: UInt32 = 0x4000_0000

        private static let folderMask = attributes | closeWrite | movedFrom | movedTo | create | delete | onlyFolder
        private static let rootMask = movedFrom | movedTo | create | delete | onlyFolder

        /// The inotify file descriptor, non-blocking.
        let fd: Int32
        private let root: String
        private let folders: [String]
        /// Each watch's folders, relative to the root ("" for the root itself): more than one when a symbolic link
        /// leads to a folder that is also watched under its own path.
        private var watches: [Int32: [String]] = [:]
        /// Every name known to be there, so that a folder that goes away reports its files.
        private var files: Set<String> = []

        /// Watches `root` and every folder below `folders`.
        /// - Throws: `Failure` when inotify is not available or a watch cannot be added.
        init(root: String, folders: [String]) throws {
            fd = inotify_init1(Int32(O_NONBLOCK | O_CLOEXEC))
            guard fd >= 0 else { throw Failure(description: "inotify: \(String(cString: strerror(errno)))") }
            self.root = root
            self.folders = folders
            do {
                try addWatch("", mask: Self.rootMask)
                for folder in folders { _ = try addTree(folder) }
            } catch {
                Glibc.close(fd)
                throw error
            }
        }

        func close() {
            Glibc.close(fd)
        }

        /// Reads the waiting events and returns the paths of the files they touched.
        func readEvents() throws -> Set<String> {
            var changed: Set<String> = []
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                var offset = 0
                while offset + 16 <= count {
                    let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                        (
                            raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                            raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                            Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                        )
                    }
                    let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                    try handle(wd: wd, mask: mask, name: String(decoding: nameBytes, as: UTF8.self), into: &changed)
                    offset += 16 + length
                }
            }
            return changed
        }

        private func handle(wd: Int32, mask: UInt32, name: String, into changed: inout Set<String>) throws {
            if mask & Self.overflow != 0 {
                // Events were lost: every file may have changed.
                changed.formUnion(files)
                files = []
                for folder in folders { changed.formUnion(try addTree(folder)) }
                return
            }
            if mask & Self.ignored != 0 {
                watches[wd] = nil
                return
            }
            // A folder reached through a symbolic link as well is watched once, under each of its paths.
            for folder in watches[wd] ?? [] {
                if folder.isEmpty {
                    // `content` or `templates` came or went: a folder, or a link to one (which has no IN_ISDIR).
                    guard folders.contains(name) else { continue }
                    try change(name, mask: mask, isFolder: true, into: &changed)
                } else if !SourceNames.isIgnored(name, in: folder) {
                    try change(folder + "/" + name, mask: mask, isFolder: mask & Self.isFolder != 0, into: &changed)
                }
            }
        }

        /// A name came, went or changed.
        private func change(_ path: String, mask: UInt32, isFolder: Bool, into changed: inout Set<String>) throws {
            if mask & (Self.delete | Self.movedFrom) != 0 {
                forget(path, isFolder: isFolder, into: &changed)
                return
            }
            let entry = FileSystem.disk.inspect(root + "/" + path)
            if mask & (Self.create | Self.movedTo) != 0, isFolder || (entry.isLink && entry.kind == .directory) {
                changed.formUnion(try addTree(path))
            } else if isFolder {
                // A folder's own attributes: nothing to build.
            } else if mask & Self.create == 0 || entry.isLink {
                // A new file is reported when it is closed after writing; a new link has no such event.
                files.insert(path)
                changed.insert(path)
            }
        }

        /// A name went, and with it, when it was a folder or a link to one, every name below it.
        private func forget(_ path: String, isFolder: Bool, into changed: inout Set<String>) {
            let prefix = path + "/"
            let gone = files.filter { $0 == path || $0.hasPrefix(prefix) }
            files.subtract(gone)
            changed.formUnion(gone)
            if !isFolder { changed.insert(path) }
            for (wd, paths) in watches where paths.contains(where: { $0 == path || $0.hasPrefix(prefix) }) {
                let kept = paths.filter { $0 != path && !$0.hasPrefix(prefix) }
                if kept.isEmpty { inotify_rm_watch(fd, wd) }
                watches[wd] = kept.isEmpty ? nil : kept
            }
        }

        /// Watches a folder and every folder below it; returns the names found in them.
        private func addTree(_ relative: String) throws -> Set<String> {
            let snapshot = SourceSnapshot(root: root, folders: [relative])
            for folder in snapshot.folders { try addWatch(folder, mask: Self.folderMask) }
            let found = Set(snapshot.states.keys)
            files.formUnion(found)
            return found
        }

        private func addWatch(_ relative: String, mask: UInt32) throws {
            let wd = inotify_add_watch(fd, relative.isEmpty ? root : root + "/" + relative, mask)
            if wd >= 0 {
                if watches[wd]?.contains(relative) != true { watches[wd, default: []].append(relative) }
            } else if errno == ENOSPC || errno == ENOMEM {
                throw Failure(description: "inotify: \(String(cString: strerror(errno))) while watching \(relative)")
            }
            // Otherwise the folder went away since it was listed: its parent reports that.
        }
    }
#endif
