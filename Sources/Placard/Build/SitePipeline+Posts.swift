import Dispatch
import Synchronization

extension SitePipeline {
    /// One post folder's outcome: its digest, unless it has errors or is a draft left out; and its diagnostics.
    struct PostResult: Sendable {
        var folder: String
        var digest: PostDigest?
        var diagnostics: [Diagnostic]
    }

    /// Loads and renders `folders` in parallel, handing each post's files to `sink` as soon as they are rendered.
    /// - Parameters:
    ///   - keepingEntries: whether digests keep their feed entries (for rebuilds); otherwise only the site feed's
    ///     newest entries are kept, in `feed`.
    ///   - progress: called after each post, one call at a time, with the posts done and the total.
    /// - Returns: one result per folder, in the order given, and the site feed's newest entries.
    func renderPosts(
        _ folders: [String], _ inputs: SiteInputs, keepingEntries: Bool, into sink: some OutputSink,
        progress: @escaping @Sendable (Int, Int) -> Void
    ) -> (results: [PostResult], feed: [FeedEntry]) {
        let renderer = inputs.renderer
        let postLoader = PostLoader(reader: inputs.loader.reader, config: inputs.outline.config)
        let collected = RenderedPosts(count: folders.count, feedLimit: inputs.outline.config.feedLimit)
        let work: @Sendable (Int) -> Void = { index in
            var result = Self.renderPost(folders[index], inputs.loader, postLoader, renderer, sink)
            let entries = result.digest?.entries ?? []
            if !keepingEntries { result.digest?.entries = [] }
            collected.results.withLock { $0[index] = result }
            collected.done.withLock { done in
                done.feed.add(entries)
                done.count += 1
                progress(done.count, folders.count)
            }
        }
        if options.parallel {
            DispatchQueue.concurrentPerform(iterations: folders.count, execute: work)
        } else {
            for index in folders.indices { work(index) }
        }
        var feed = collected.done.withLock { $0.feed }
        feed.prune()
        return (collected.results.withLock { $0.map { $0! } }, feed.entries)
    }

    /// What the posts rendering at once hand in: each one's result, and how many are done with the feed's newest
    /// entries so far.
    private final class RenderedPosts: Sendable {
        let results: Mutex<[PostResult?]>
        let done: Mutex<(count: Int, feed: FeedSelection)>

        init(count: Int, feedLimit: Int) {
            results = Mutex(Array(repeating: nil, count: count))
            done = Mutex((0, FeedSelection(limit: feedLimit)))
        }
    }

    private static func renderPost(
        _ folder: String, _ loader: SiteLoader, _ postLoader: PostLoader, _ renderer: SiteRenderer,
        _ sink: some OutputSink
    ) -> PostResult {
        var diagnostics: [Diagnostic] = []
        guard let post = loader.loadPost(folder, postLoader, &diagnostics) else {
            return PostResult(folder: folder, digest: nil, diagnostics: diagnostics)
        }
        // Each file goes to the writer as soon as it is rendered; only its path and sitemap entry are kept. A write
        // that fails is reported and the post's other files still go.
        var paths: [String] = []
        var pages: [SitemapEntry] = []
        var entries: [FeedEntry] = []
        do throws(BuildFailure) {
            entries = try renderer.postFiles(post) { rendered in
                var file = rendered
                if file.source == nil { file.source = post.folder + "/index.md" }
                paths.append(file.path)
                if let page = SitemapEntry(file) { pages.append(page) }
                do throws(BuildFailure) { try sink.add(file) } catch { diagnostics += error.diagnostics }
            }
        } catch {
            return PostResult(folder: folder, digest: nil, diagnostics: diagnostics + error.diagnostics)
        }
        let digest = PostDigest(
            post: post.forLists, files: paths, htmlFiles: paths.count { $0.hasSuffix(".html") }, pages: pages,
            entries: entries)
        return PostResult(folder: folder, digest: digest, diagnostics: diagnostics)
    }
}
