import Foundation
public import Placard

/// `placard import wordpress`: turns a WordPress export (WXR) into posts, pages and comment archives.
///
/// The export is streamed: each item is staged on disk when it ends and each approved comment's lines when the
/// comment ends, so memory holds one item and a few bytes per comment of one post, not the export. The staged posts
/// are written into a staging folder once the whole export has been read, then moved into the content folder.
public struct WordPressImporter: Sendable {
    /// The content folder to write into.
    public let content: String
    /// Whether to replace files and import drafts.
    public let options: ImportOptions
    /// Where the old site's media are taken from; with none, references to them stay as they are.
    public let media: MediaSources

    /// Creates an importer writing into `content`.
    public init(content: String, options: ImportOptions = [], media: MediaSources = .none) {
        self.content = content
        self.options = options
        self.media = media
    }

    /// Reads the export at `path` and writes its posts, pages and comments, with the old addresses as aliases, links
    /// to the old site rewritten, and the media brought from `media`; on any error nothing is written.
    /// - Returns: what was imported, skipped and left on the old site.
    /// - Throws: a diagnostic for malformed XML (with line and column), a file that exists, or a write failure.
    public func run(_ path: String) throws(Diagnostic) -> ImportSummary {
        try checkMediaFolder()
        try checkFetching()
        let settings = try ExistingSiteSettings(content: content)
        let stage = try ImportStage(content: content)
        defer { stage.remove() }
        let tails = try StagedCommentLines(path: stage.work("tails"))
        let staging = try WordPressStaging(stage: stage, options: options)
        let reader = WordPressReader(tails: tails, staging: staging)
        try XMLStream(path: path).read(into: reader)
        var summary = staging.summary
        let plan = try WordPressPlan(staging: staging, channel: reader.channel, options: options, summary: &summary)
        let library = MediaLibrary(plan: plan, sources: media)
        try library.bring(into: stage)
        let links = WordPressLinks(plan: plan, media: library, baseURL: settings.baseURL)
        let writer = WordPressWriter(
            stage: stage, tails: tails, text: ContentFileText(timeZone: settings.timeZone), links: links,
            aliases: WordPressAliases(plan: plan, media: library, root: links.root), authorIDs: reader.authorIDs)
        for (index, entry) in plan.entries.enumerated() {
            try writer.write(try staging.item(entry.number), entry, index: index, &summary)
        }
        summary.noteMedia(library)
        if !library.missing.isEmpty {
            try stage.write(MissingMediaList.text(library.missing, content: content), to: MissingMediaList.file)
        }
        try stage.commit(options)
        return summary
    }

    /// Refuses a media folder that is not one, before anything is read.
    /// Stops the import before it reads anything when it is to download media but libcurl cannot be loaded.
    private func checkFetching() throws(Diagnostic) {
        guard media.fetch else { return }
        do throws(MediaFailure) {
            try MediaFetcher(settings: media.fetcher).checkAvailable()
        } catch {
            throw Diagnostic(error.reason)
        }
    }

    private func checkMediaFolder() throws(Diagnostic) {
        guard let folder = media.directory else { return }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw Diagnostic("the media folder \(folder) is not a folder; give a copy of the old wp-content/uploads")
        }
    }
}
