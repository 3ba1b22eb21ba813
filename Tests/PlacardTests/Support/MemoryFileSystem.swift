import Foundation
import Placard

extension FileSystem {
    /// A file system that holds `files` (absolute paths) in memory and refuses writes, as the fuzz target's does.
    static func memory(_ files: [String: Data]) -> FileSystem {
        struct Missing: Error {}
        return FileSystem(
            read: { path in
                guard let data = files[path] else { throw Missing() }
                return data
            },
            write: { _, _ in throw Missing() },
            list: { folder in
                let prefix = folder + "/"
                let names = Set(
                    files.keys.filter { $0.hasPrefix(prefix) }.map {
                        String($0.dropFirst(prefix.count).prefix { $0 != "/" })
                    })
                guard !names.isEmpty else { throw Missing() }
                return names.sorted()
            },
            kind: { path in
                if files[path] != nil { return .file }
                return files.keys.contains { $0.hasPrefix(path + "/") } ? .directory : .missing
            },
            remove: { _ in throw Missing() }
        )
    }
}
