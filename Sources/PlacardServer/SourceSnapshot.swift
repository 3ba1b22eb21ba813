import Foundation
import Placard

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The state of every file below some folders of a site, to tell what changed between two looks. The folders are
/// walked by the build's own rule (``FolderListing``): names that are not content are left out, symbolic links are
/// followed only where a build would read through them (never out of the site), and a link loop is not entered.
///
/// A link the build refuses or reports (dangling, leading out of the site, looping) and a pipe or device have a state
/// of their own, so that adding or removing one is a change: the build then reports it.
struct SourceSnapshot {
    /// A file's identity and state, or what a name that is not a readable file is.
    enum State: Hashable {
        case file(device: UInt64, inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int)
        /// A symbolic link whose target is missing.
        case dangling
        /// A symbolic link that leads where the build never reads.
        case refused
        /// A symbolic link that leads back to a folder holding it.
        case loop
        /// A pipe, socket or device.
        case special
    }

    /// Folders walked, relative to the site folder, the starting folders included.
    private(set) var folders: [String] = []
    /// Every name found, relative to the site folder, with its state.
    private(set) var states: [String: State] = [:]

    /// Looks at `folders` (relative to `root`) and everything below them; missing ones are skipped, and a folder that
    /// cannot be listed (gone since its parent was listed, or unreadable) counts as empty: the build reports it.
    init(root: String, folders start: [String]) {
        var fileSystem = FileSystem.disk
        fileSystem.list = { path in (try? FileSystem.disk.list(path)) ?? [] }
        // Made for each look: `content` may have become a link to a folder elsewhere since the last one.
        let reader = SourceReader(fileSystem: fileSystem, root: root)
        for folder in start where fileSystem.kind(root + "/" + folder) == .directory {
            guard let listing = try? reader.walk(folder) else { continue }
            add(listing, below: folder, root: root)
        }
    }

    /// The names added, removed or changed since an earlier look.
    func changes(since earlier: SourceSnapshot) -> Set<String> {
        Set(states.keys).union(earlier.states.keys).filter { states[$0] != earlier.states[$0] }
    }

    private mutating func add(_ listing: FolderListing, below folder: String, root: String) {
        func path(_ relative: String) -> String { relative.isEmpty ? folder : folder + "/" + relative }
        folders += listing.folders.map(path)
        for (names, state) in [
            (listing.dangling, State.dangling), (listing.refused.map(\.path), .refused), (listing.loops, .loop),
            (listing.special, .special),
        ] {
            for name in names { states[path(name)] = state }
        }
        var info = stat()
        for name in listing.files where stat(root + "/" + path(name), &info) == 0 {
            // A file gone since the walk is left out, as it is gone.
            states[path(name)] = Self.state(info)
        }
    }

    private static func state(_ info: stat) -> State {
        let modified = info.modified
        return .file(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec))
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
