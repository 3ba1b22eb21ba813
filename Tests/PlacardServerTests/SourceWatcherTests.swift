import Foundation
import Placard
import Testing

@testable import PlacardServer

/// The watcher reports every edited, added and removed source file, in new folders too, and never editors'
/// temporary files; with inotify and with polling alike.
@Suite(.timeLimit(.minutes(1))) struct SourceWatcherTests {
    @Test(arguments: [
        ".index.md.swp", ".index.md.swo", ".index.md.swx", "index.md~", "4913", ".#index.md", "#index.md#",
        "index.md.kate-swp", "index.md___jb_tmp___", ".goutputstream-ABC123", ".DS_Store",
    ])
    func ignoresEditorFiles(name: String) {
        #expect(SourceNames.isIgnored(name, in: "content/static"))
    }

    @Test(arguments: ["index.md", "comments.yml", "site.yml", "post.mustache", ".well-known", "a.swift", "swp"])
    func watchesSourceFiles(name: String) {
        #expect(!SourceNames.isIgnored(name, in: "content/static"))
    }

    @Test(arguments: [false, true])
    func reportsEditsAdditionsAndRemovals(polling: Bool) async throws {
        let site = try TestSite()
        try await withThrowingTaskGroup(of: Void.self) { group in
            let batches = await SourceWatcher.batches(of: site.root, polling: polling, in: &group)
            site.writeInPlace("- id: 1\n  body: Edited.\n", to: "content/posts/first/comments.yml")
            try site.write("---\ntitle: New\ndate: 2020-01-01\n---\n", to: "content/posts/new/deeper/index.md")
            try site.remove("content/posts/second/index.md")
            try site.write("title: Renamed\n", to: "content/site.yml")
            try site.write("{{title}}", to: "templates/partials/extra.mustache")
            site.writeInPlace("swap", to: "content/posts/first/.comments.yml.swp")
            site.writeInPlace("backup", to: "content/posts/first/comments.yml~")
            site.writeInPlace("test", to: "content/posts/first/4913")
            let expected: Set<String> = [
                "content/posts/first/comments.yml", "content/posts/new/deeper/index.md",
                "content/posts/second/index.md", "content/site.yml", "templates/partials/extra.mustache",
            ]
            let seen = await batches.paths(until: expected)
            #expect(seen.isSuperset(of: expected))
            #expect(!seen.contains { $0.hasSuffix(".swp") || $0.hasSuffix("~") || $0.hasSuffix("/4913") })
            group.cancelAll()
        }
    }

    @Test func reportsTheFilesOfARemovedFolder() async throws {
        let site = try TestSite()
        try await withThrowingTaskGroup(of: Void.self) { group in
            let batches = await SourceWatcher.batches(of: site.root, in: &group)
            try FileManager.default.moveItem(
                atPath: site.root + "/content/posts/first", toPath: site.root + "/moved-away")
            let expected: Set<String> = ["content/posts/first/index.md", "content/posts/first/comments.yml"]
            let seen = await batches.paths(until: expected)
            #expect(seen.isSuperset(of: expected))
            group.cancelAll()
        }
    }
}
