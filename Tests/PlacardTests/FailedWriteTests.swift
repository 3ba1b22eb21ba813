import Foundation
import Testing

@testable import Placard

/// A write that fails midway (disk full, permission denied on one file) is reported with its path, leaves
/// `public/` as it was when it happens before the commit, and the next good build leaves `public/` exactly as a
/// clean build would.
@Suite struct FailedWriteTests {
    static func site() throws -> TestSite {
        try TestSite(
            minimalConfig + post("a", title: "A", date: "2018-05-24", body: "First.")
                + post("b", title: "B", date: "2018-06-01", body: "Second."))
    }

    /// The disk, except that writing or moving onto a path ending in `failing` throws "no space left on device".
    static func disk(failingWrite failing: String? = nil, failingMove: String? = nil) -> FileSystem {
        var fileSystem = FileSystem.disk
        let write = fileSystem.write
        let move = fileSystem.move
        let full = NSError(
            domain: NSCocoaErrorDomain, code: CocoaError.fileWriteOutOfSpace.rawValue,
            userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        let create = fileSystem.create
        fileSystem.write = { data, path in
            if let failing, path.hasSuffix(failing) { throw full }
            try write(data, path)
        }
        fileSystem.create = { data, path in
            if let failing, path.hasSuffix(failing) { throw full }
            try create(data, path)
        }
        fileSystem.move = { from, to in
            if let failingMove, to.hasSuffix(failingMove) { throw full }
            try move(from, to)
        }
        return fileSystem
    }

    @Test func aFailedWriteNamesTheFileAndLeavesPublicAsItWas() async throws {
        let site = try Self.site()
        try await site.build()
        let before = try folderContents(site.root + "/public")
        try site.write(
            post("b", title: "B, edited", date: "2018-06-01", body: "Edited.").droppingListingHeader,
            to: "content/posts/b/index.md")
        let builder = SiteBuilder(
            BuildOptions(source: site.root), fileSystem: Self.disk(failingWrite: "posts/b/index.html"))
        let error = try await #require(throws: BuildFailure.self) { try await builder.build() }
        #expect(error.description.contains("posts/b/index.html"))
        #expect(error.description.contains("no space left on device"))
        #expect(try folderContents(site.root + "/public") == before)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/.public.placard-staging"))
    }

    @Test func aMoveThatFailsMidwayIsPutRightByTheNextBuild() async throws {
        let site = try Self.site()
        try await site.build()
        try site.write(
            post("a", title: "A, edited", date: "2018-05-24", body: "Edited.").droppingListingHeader,
            to: "content/posts/a/index.md")
        let builder = SiteBuilder(
            BuildOptions(source: site.root), fileSystem: Self.disk(failingMove: "posts/a/index.html"))
        let error = try await #require(throws: BuildFailure.self) { try await builder.build() }
        #expect(error.description.contains("could not write"))
        #expect(error.description.contains("posts/a/index.html"))
        try await site.build()
        let clean = site.root + "/clean"
        try await SiteBuilder(BuildOptions(source: site.root, output: clean)).build()
        #expect(try folderContents(site.root + "/public") == folderContents(clean))
    }

    @Test func aContentFolderThatCannotBeListedIsAnErrorNotAnEmptySite() async throws {
        let site = try Self.site()
        defer { site.removeAll() }
        var fileSystem = FileSystem.disk
        let list = fileSystem.list
        fileSystem.list = { path in
            if path.hasSuffix("/content/posts") { throw NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES)) }
            return try list(path)
        }
        let failure = try await #require(throws: BuildFailure.self) {
            try await SiteBuilder(BuildOptions(source: site.root), fileSystem: fileSystem).build()
        }
        #expect(
            failure.diagnostics.map(\.headline) == [
                "content/posts:1:1: error: could not list content/posts (permission denied); check its permissions"
            ])
        #expect(!site.exists("public"))
    }

    /// The disk, except that removing a path containing `failing` throws "permission denied".
    static func disk(failingRemove failing: String) -> FileSystem {
        var fileSystem = FileSystem.disk
        let remove = fileSystem.remove
        fileSystem.remove = { path in
            if path.contains(failing) { throw NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES)) }
            try remove(path)
        }
        return fileSystem
    }

    @Test func staleFilesThatCannotBeRemovedAreAWarningNamingThem() async throws {
        let site = try Self.site()
        defer { site.removeAll() }
        try await site.build()
        try FileManager.default.removeItem(atPath: site.root + "/content/posts/b")
        let stuck = Self.disk(failingRemove: "/public/posts/b/")
        let summary = try await SiteBuilder(BuildOptions(source: site.root), fileSystem: stuck).build()
        #expect(summary.warnings.count == 1)
        let warning = try #require(summary.warnings.first).headline
        #expect(warning.hasPrefix("warning: could not remove \(site.root)/public/posts/b/"))
        #expect(warning.contains("(permission denied), so it and "))
        #expect(warning.contains("more that the site no longer makes stay in the output"))
        #expect(site.exists("public/posts/b/index.html"))
        let cleaned = try await site.build()
        #expect(cleaned.warnings.isEmpty)
        #expect(!site.exists("public/posts/b"))
    }

    @Test func anOutputFolderThatCannotBeListedIsAWarningNotASilentlyKeptFile() async throws {
        let site = try Self.site()
        defer { site.removeAll() }
        try await site.build()
        try FileManager.default.removeItem(atPath: site.root + "/content/posts/b")
        var fileSystem = FileSystem.disk
        let list = fileSystem.list
        fileSystem.list = { path in
            if path.hasSuffix("/public") { throw NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES)) }
            return try list(path)
        }
        let summary = try await SiteBuilder(BuildOptions(source: site.root), fileSystem: fileSystem).build()
        #expect(
            summary.warnings.map(\.headline) == [
                "warning: could not list \(site.root)/public (permission denied), so files the site no longer makes "
                    + "stay in it; check the folder's permissions"
            ])
        #expect(site.exists("public/posts/b/index.html"))
    }

    @Test func anOutputMarkerThatCannotBeWrittenIsAWarning() async throws {
        let site = try Self.site()
        defer { site.removeAll() }
        let summary = try await SiteBuilder(
            BuildOptions(source: site.root), fileSystem: Self.disk(failingWrite: ".placard-output")
        ).build()
        #expect(
            summary.warnings.map(\.headline) == [
                "warning: could not write \(site.root)/public/.placard-output (no space left on device), so the next "
                    + "build will not remove files the site no longer makes; check the output folder's permissions"
            ])
        #expect(try await site.build().warnings.isEmpty)
        #expect(site.exists("public/.placard-output"))
    }
}

extension String {
    /// A listing section's text without its `-- path --` line (``post(_:title:date:extra:body:)`` writes one).
    fileprivate var droppingListingHeader: String {
        split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("---") }.joined(separator: "\n")
    }
}
