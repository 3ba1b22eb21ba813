import Foundation
import Placard

/// What an import wrote and what it left out, and why.
public struct ImportSummary: Sendable, CustomStringConvertible {
    /// Posts written.
    public var posts = 0
    /// Pages written.
    public var pages = 0
    /// Comments written, placeholders not counted.
    public var comments = 0
    /// Items or comments left out, by reason (a singular noun phrase), e.g. `attachment item: 3`.
    public var skipped: [String: Int] = [:]
    /// Threads or items that could not be matched to a post, as written in the export.
    public var unmatched: [String] = []
    /// Comments imported as top-level comments although the export gives them a parent, by what they did
    /// (`replied to itself`, `closed a cycle of replies`): the build could not thread them otherwise.
    public var resolved: [String: Int] = [:]
    /// Media files brought from `--media` or `--fetch-media`.
    public var media = 0
    /// The old addresses of the media files that could not be brought (listed in `import-missing-media.txt`).
    public var missingMedia: [String] = []
    /// Media files the posts use that stayed on the old site because no source was given.
    public var mediaLeft = 0

    /// Counts what a media library brought, or left for want of a source.
    mutating func noteMedia(_ library: MediaLibrary) {
        media = library.placed.count
        missingMedia = library.missing.map(\.url)
        if library.sources.isEmpty { mediaLeft = library.order.count { library.uses[$0]?.file.kind != nil } }
    }

    /// Counts one comment made top-level for `reason`.
    mutating func resolve(_ reason: String) {
        resolved[reason, default: 0] += 1
    }

    /// Counts one thing left out for `reason`.
    mutating func skip(_ reason: String, _ count: Int = 1) {
        guard count > 0 else { return }
        skipped[reason, default: 0] += count
    }

    /// One line: `imported 2 posts, 1 page, 7 comments; skipped 3 attachment, 1 spam comment`.
    public var description: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var line = "imported \(plural(posts, "post")), \(plural(pages, "page")), \(plural(comments, "comment"))"
        if media > 0 { line += ", \(plural(media, "media file"))" }
        let reasons = skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)\($0.value == 1 ? "" : "s")" }
        line += reasons.isEmpty ? "; skipped nothing" : "; skipped " + reasons.joined(separator: ", ")
        if !resolved.isEmpty {
            let reasons = resolved.sorted { $0.key < $1.key }.map {
                "\($0.value) comment\($0.value == 1 ? "" : "s") that \($0.key)"
            }
            line += "; made top-level " + reasons.joined(separator: ", ")
        }
        if !unmatched.isEmpty { line += "; unmatched: " + unmatched.joined(separator: ", ") }
        if !missingMedia.isEmpty {
            line += "; \(plural(missingMedia.count, "media file")) not found, listed in \(MissingMediaList.file)"
        }
        if mediaLeft > 0 {
            let them = mediaLeft == 1 ? "it" : "them"
            line +=
                "; \(plural(mediaLeft, "media file")) left on the old site (bring \(them) with --media or --fetch-media)"
        }
        return line
    }
}

/// How an import treats existing files and drafts.
public struct ImportOptions: OptionSet, Sendable {
    public let rawValue: Int
    /// Creates options from their raw bits.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Replace files that exist already.
    public static let force = ImportOptions(rawValue: 1)
    /// Import drafts, scheduled and private posts, as drafts.
    public static let drafts = ImportOptions(rawValue: 2)
}
