import Foundation
import PlacardStarter
import Testing

/// The theme built into the binary is the repository's `templates/` folder, file for file and byte for byte.
@Suite struct DefaultThemeTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    /// Every file below `templates/` but hidden ones, by relative path.
    static func folderFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: templates))
        while let relative = walker.nextObject() as? String {
            let isHidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: templates + "/" + relative, isDirectory: &isFolder)
            if isHidden || isFolder.boolValue { continue }
            files[relative] = try Data(contentsOf: URL(fileURLWithPath: templates + "/" + relative))
        }
        return files
    }

    @Test func embeddedThemeEqualsTheTemplatesFolder() throws {
        let folder = try Self.folderFiles()
        let embedded = DefaultTheme.files
        #expect(embedded.map(\.path) == folder.keys.sorted(), "after adding or removing a file in templates/, touch Package.swift and build again")
        for file in embedded {
            #expect(file.data == folder[file.path], "templates/\(file.path) differs from the embedded copy")
        }
        #expect(folder.keys.contains("post.mustache") && folder.keys.contains("assets/style.css"))
    }

    @Test func aNewSiteHasItsSettingsAnExamplePostAndTheTheme() {
        let paths = SiteStarter.files.map(\.path)
        #expect(paths.contains("content/site.yml"))
        #expect(paths.filter { $0.hasPrefix("content/posts/") && $0.hasSuffix("/index.md") }.count == 1)
        #expect(paths.filter { $0.contains("/updates/") }.count == 1)
        #expect(paths.filter { $0.hasSuffix("/comments.yml") }.count == 1)
        #expect(paths.filter { $0.hasPrefix("templates/") } == DefaultTheme.files.map { "templates/" + $0.path })
        #expect(Set(paths).count == paths.count)
    }
}
