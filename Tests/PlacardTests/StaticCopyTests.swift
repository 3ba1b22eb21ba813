import Foundation
import Testing

@testable import Placard

/// Static files are copied a chunk at a time and compared without being read whole: a copy keeps its source's
/// modification time, so an unchanged file is known from its size and time; an edit of the same size is still
/// published.
@Suite struct StaticCopyTests {
    static func modified(_ path: String) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
    }

    @Test func copiesALargeFileByteForByteAndKnowsItUnchanged() async throws {
        let site = try TestSite(minimalConfig + post("a", title: "A", date: "2018-05-24"))
        defer { site.removeAll() }
        var bytes = Data(count: 3 * FileSystem.chunkSize + 12_345)
        bytes.withUnsafeMutableBytes { buffer in
            for index in buffer.indices { buffer[index] = UInt8(truncatingIfNeeded: index &* 2_654_435_761 >> 13) }
        }
        try site.write(bytes, to: "content/static/video.bin")
        try await site.build()
        let source = site.root + "/content/static/video.bin"
        let copy = site.root + "/public/video.bin"
        #expect(FileManager.default.contents(atPath: copy) == bytes)
        #expect(try Self.modified(copy) == Self.modified(source))
        await #expect(try site.build().written == 0)

        // Touched, not changed: compared, not written, and its time brought in line.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1e9)], ofItemAtPath: source)
        await #expect(try site.build().written == 0)
        #expect(try Self.modified(copy) == Self.modified(source))

        // Changed, same size.
        bytes[bytes.count - 1] &+= 1
        try site.write(bytes, to: "content/static/video.bin")
        await #expect(try site.build().written == 1)
        #expect(FileManager.default.contents(atPath: copy) == bytes)
    }

    @Test func namesAStaticFileThatCannotBeRead() async throws {
        let site = try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24") + "\n-- content/static/a.txt --\na")
        defer { site.removeAll() }
        var fileSystem = FileSystem.disk
        fileSystem.copy = { from, _ in
            throw NSError(
                domain: NSCocoaErrorDomain, code: CocoaError.fileReadNoPermission.rawValue,
                userInfo: [
                    NSFilePathErrorKey: from,
                    NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES)),
                ])
        }
        let error = try await #require(throws: BuildFailure.self) {
            try await SiteBuilder(BuildOptions(source: site.root), fileSystem: fileSystem).build()
        }
        #expect(error.description.contains("could not read \(site.root)/content/static/a.txt (permission denied)"))
    }
}
