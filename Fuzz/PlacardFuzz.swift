// The fuzz target: arbitrary bytes as a post's index.md (front matter and Markdown) and its comments.yml, through
// load, parse and render, in memory. Built and run by scripts/fuzz with -sanitize=fuzzer,address; not part of the
// package. The input is split at its first NUL byte: before it, index.md; after it, comments.yml (none when there is
// no NUL). Tests/PlacardTests/FuzzRegressionTests.swift runs the kept inputs the same way, through the public
// `SiteBuilder.render()`. Here the site's settings and templates are prepared once (compiling the templates is most
// of a build's time) and each input goes through the same stages `render()` runs: load and parse the post, render
// its pages, then the lists, feeds and sitemap.
import Foundation
import Synchronization

@testable import Placard

/// The default theme, read once from the repository (`PLACARD_ROOT`, or the folder above this file's).
let themeFiles: [String: Data] = {
    let root =
        ProcessInfo.processInfo.environment["PLACARD_ROOT"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root + "/templates")
    while let path = enumerator?.nextObject() as? String {
        if let data = FileManager.default.contents(atPath: root + "/templates/" + path) {
            files["/site/templates/" + path] = data
        }
    }
    precondition(files.keys.contains("/site/templates/post.mustache"), "no templates below \(root)")
    return files
}()

let siteYAML = Data(
    """
    title: Fuzz
    base_url: https://example.org/
    author: {name: A, url: "https://example.org/"}
    comments: {max_depth: 3, per_page: 2}

    """.utf8)

/// The files of the site being fuzzed: the theme, site.yml, and the current input's post.
let current = Mutex<[String: Data]>([:])

/// A file system over `current`, in memory; writes are refused.
let memory: FileSystem = {
    struct Missing: Error {}
    return FileSystem(
        read: { path in
            guard let data = current.withLock({ $0[path] }) else { throw Missing() }
            return data
        },
        write: { _, _ in throw Missing() },
        list: { folder in
            let prefix = folder + "/"
            let names = Set(
                current.withLock { $0.keys }.filter { $0.hasPrefix(prefix) }.map {
                    String($0.dropFirst(prefix.count).prefix { $0 != "/" })
                })
            guard !names.isEmpty else { throw Missing() }
            return names.sorted()
        },
        kind: { path in
            current.withLock { files in
                if files[path] != nil { return .file }
                return files.keys.contains { $0.hasPrefix(path + "/") } ? .directory : .missing
            }
        },
        remove: { _ in throw Missing() }
    )
}()

let pipeline: SitePipeline = {
    var options = BuildOptions(source: "/site")
    options.parallel = false
    return SitePipeline(options: options, fileSystem: memory)
}()

/// Settings and templates, prepared once with a placeholder post.
let prepared: SitePipeline.Prepared = {
    current.withLock { files in
        files = themeFiles
        files["/site/content/site.yml"] = siteYAML
        files["/site/content/posts/a/index.md"] = Data("---\ntitle: A\ndate: 2018-05-24\n---\n".utf8)
    }
    do {
        return try pipeline.prepare()
    } catch {
        fatalError("the fuzz site does not prepare: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let prepared = prepared
    current.withLock { files in
        files["/site/content/posts/a/comments.yml"] = nil
        if let separator = bytes.firstIndex(of: 0) {
            files["/site/content/posts/a/index.md"] = Data(bytes[..<separator])
            files["/site/content/posts/a/comments.yml"] = Data(bytes[(separator + 1)...])
        } else {
            files["/site/content/posts/a/index.md"] = bytes
        }
    }
    let (results, feed) = pipeline.renderPosts(prepared.outline.postFolders, prepared) { _ in }
    do {
        let (digests, _) = try SiteBuilder.digests(results, prepared)
        _ = pipeline.siteFiles(digests, prepared, entries: feed)
    } catch {
        // A diagnostic is a fine outcome; only a crash, a hang or a memory error is a finding.
    }
    return 0
}
