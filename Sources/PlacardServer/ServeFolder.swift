import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The private folder `placard serve` builds into: created fresh with `mkdtemp(3)` in the temporary folder, so it has
/// a name no one could guess beforehand, belongs to the user alone (mode 0700), and is never a folder that existed
/// before, which another local user could have planted with symbolic links. The site goes into `site/` inside it, so
/// that the build's staging folder, made beside the output, is private too.
public struct ServeFolder: Sendable {
    /// The folder itself.
    public let path: String

    /// The output folder for the build, inside ``path``.
    public var output: String { path + "/site" }

    /// Creates a new private folder.
    /// - Throws: when the temporary folder does not allow it, with the reason.
    public static func create() throws -> ServeFolder {
        let parent = FileManager.default.temporaryDirectory.path
        var template = Array((parent + "/placard-serve-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard let created else {
            throw Failure(description: "\(parent): \(String(cString: strerror(errno)).lowercased())")
        }
        return ServeFolder(path: String(cString: created))
    }

    /// Why the folder could not be created.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Removes the folder and everything the builds wrote in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
