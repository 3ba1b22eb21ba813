import Foundation
import Placard

/// A copy of the old site's `wp-content/uploads` folder (`--media DIR`), where an import looks for the media it
/// brings. A file is taken only as a regular file reached through folders, never through a symbolic link, so that a
/// crafted path cannot reach outside the folder.
struct MediaDirectory: Sendable {
    /// The folder, as given.
    let root: String

    /// Where a media file is in the folder, or why it cannot be taken from there.
    /// - Parameter limit: the most bytes the file may have.
    func find(_ file: MediaFile, limit: Int) -> Result<String, MediaFailure> {
        guard file.inUploads else { return .failure(MediaFailure("it is not in the uploads folder")) }
        var path = root
        let segments = file.key.split(separator: "/")
        for (index, segment) in segments.enumerated() {
            path += "/" + segment
            var info = stat()
            guard lstat(path, &info) == 0 else {
                return .failure(MediaFailure("\(file.key) is not in \(root)"))
            }
            let type = info.st_mode & S_IFMT
            if type == S_IFLNK { return .failure(MediaFailure("\(path) is a symbolic link, which is not followed")) }
            let isLast = index == segments.count - 1
            guard isLast ? type == S_IFREG : type == S_IFDIR else {
                return .failure(MediaFailure("\(path) is not a \(isLast ? "file" : "folder")"))
            }
            if isLast, Int(info.st_size) > limit {
                return .failure(MediaFailure("\(path) has \(info.st_size) bytes, more than the \(limit) allowed"))
            }
        }
        return .success(path)
    }
}

/// Why a media file could not be brought, in a few words for the summary and `import-missing-media.txt`.
struct MediaFailure: Error, Sendable, Hashable {
    var reason: String

    init(_ reason: String) { self.reason = reason }
}
