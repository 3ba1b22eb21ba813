import Foundation
import Placard

/// The media an import brings home: the files the imported posts and pages use (and the files of their attachments),
/// each taken from a copy of the uploads folder or downloaded, staged beside the post that uses it (its attachment's
/// post first), or under `static/media/` when only pages use it; and those that could not be brought, with why.
///
/// A resized copy WordPress made (`photo-300x200.jpg`) that cannot be found is replaced by its original when that can
/// be; a file that cannot be found at all keeps its old address, so that `placard check` names it.
final class MediaLibrary {
    /// Where a brought file is.
    struct Placement: Sendable, Hashable {
        /// Below the content folder: `posts/a/photo.jpg`, `static/media/2018/05/photo.jpg`.
        var relative: String
        /// Below the site's root: `posts/a/photo.jpg`, `media/2018/05/photo.jpg`.
        var url: String
        /// The post folder it is in (`posts/a`), nil under `static/`.
        var folder: String?
        var name: String
    }

    /// A media file that could not be brought.
    struct Missing: Sendable, Hashable {
        var url: String
        var reason: String
        /// The content files that refer to it.
        var users: [String]
    }

    /// What a media file resolves to in a body.
    enum Resolution: Sendable, Equatable {
        /// The file itself was brought.
        case exact(String)
        /// Its original was brought instead (a resized copy that could not be found).
        case original(String)
        case missing
    }

    /// One media file the import needs, with the entries that use it.
    struct Use {
        var file: MediaFile
        var users: [Int] = []
        /// The entry it belongs to as an attachment.
        var owner: Int?
    }

    let plan: WordPressPlan
    let sources: MediaSources
    /// The attachments' file URLs, for ``WordPressSite/media(_:attachments:)``.
    let attachmentFiles: [String: String]
    private(set) var uses: [String: Use] = [:]
    private(set) var order: [String] = []
    private(set) var placed: [String: Placement] = [:]
    private(set) var missing: [Missing] = []

    init(plan: WordPressPlan, sources: MediaSources) {
        self.plan = plan
        self.sources = sources
        attachmentFiles = WordPressSite.attachmentFiles(plan.attachments.values)
        collectUses()
    }

    /// The media file a URL of a body names, if any.
    func file(_ url: String) -> MediaFile? {
        plan.site.media(url, attachments: attachmentFiles)
    }

    /// What a media file of a body resolves to.
    func resolve(_ file: MediaFile) -> Resolution {
        if let placement = placed[file.key] { return .exact(placement.url) }
        if let original = file.original, let placement = placed[original.key] { return .original(placement.url) }
        return .missing
    }

    /// Where an attachment's file was brought, if it was.
    func placement(of attachment: WordPressAttachment) -> Placement? {
        file(attachment.url).flatMap { placed[$0.key] }
    }

    /// The files every entry uses, and those of the attachments of imported entries, in order of first use.
    private func collectUses() {
        for (index, entry) in plan.entries.enumerated() {
            for url in entry.references {
                if let file = file(url) { use(file, by: index, owning: false) }
            }
        }
        for attachment in plan.attachments.values.sorted(by: WordPressAttachment.inIDOrder) where attachment.hasParent {
            guard let parent = plan.index(id: attachment.parent), let file = file(attachment.url) else { continue }
            use(file, by: parent, owning: true)
        }
        for (index, entry) in plan.entries.enumerated() where !entry.thumbnail.isEmpty {
            if let attachment = plan.attachments[entry.thumbnail], let file = file(attachment.url) {
                use(file, by: index, owning: true)
            }
        }
    }

    private func use(_ file: MediaFile, by entry: Int, owning: Bool) {
        if uses[file.key] == nil {
            uses[file.key] = Use(file: file)
            order.append(file.key)
        }
        if !(uses[file.key]!.users.contains(entry)) { uses[file.key]!.users.append(entry) }
        if owning, uses[file.key]!.owner == nil { uses[file.key]!.owner = entry }
    }

    /// Takes every file from the sources, stages it, and notes what could not be brought.
    /// - Throws: a diagnostic when a file cannot be staged (a full disk), not when one cannot be found.
    func bring(into stage: ImportStage) throws(Diagnostic) {
        guard !sources.isEmpty else { return }
        let wanted = order.compactMap { uses[$0] }.filter { $0.file.kind != nil }
        var found = find(wanted.map(\.file), stage: stage)
        let originals = wanted.compactMap { use -> MediaFile? in
            guard found[use.file.key]?.path == nil, let original = use.file.original, found[original.key] == nil
            else { return nil }
            return original
        }
        for (key, source) in find(Self.unique(originals), stage: stage) { found[key] = source }
        var names = MediaNames()
        for key in order {
            guard let use = uses[key] else { continue }
            guard use.file.kind != nil else {
                note(use, Self.refusal(use.file))
                continue
            }
            var source = found[key]
            var file = use.file
            if source?.path == nil, let original = use.file.original, found[original.key]?.path != nil {
                file = original
                source = found[original.key]
            }
            guard let source, let path = source.path else {
                note(use, found[key]?.reason ?? "not found")
                continue
            }
            guard placed[file.key] == nil else { continue }
            let placement = names.place(file, folder: folder(for: use))
            try put(path, source.downloaded, placement, into: stage)
            placed[file.key] = placement
        }
    }

    /// The post folder a file goes into: its attachment's post, else the first post that uses it; nil (then under
    /// `static/media/`) when only pages use it.
    private func folder(for use: Use) -> String? {
        let candidates = (use.owner.map { [$0] } ?? []) + use.users
        guard let index = candidates.first(where: { !plan.entries[$0].isPage }) else { return nil }
        return "posts/" + plan.entries[index].slug
    }

    private func put(
        _ path: String, _ downloaded: Bool, _ placement: Placement, into stage: ImportStage
    ) throws(Diagnostic) {
        if downloaded {
            try stage.adopt(path, as: placement.relative)
        } else {
            try stage.copy(path, to: placement.relative, limit: sources.maxBytes)
        }
    }

    private func note(_ use: Use, _ reason: String) {
        let users = use.users.map { index in
            let entry = plan.entries[index]
            return entry.isPage ? "pages/\(entry.slug).md" : "posts/\(entry.slug)/index.md"
        }
        missing.append(Missing(url: use.file.url, reason: reason, users: users))
    }

    /// Why a file of a type an import does not bring is left where it is.
    static func refusal(_ file: MediaFile) -> String {
        switch file.fileExtension {
        case "svg", "svgz", "html", "htm", "xhtml", "xml":
            "not brought: a .\(file.fileExtension) file can hold scripts, which run when it is opened on its own"
        case "": "not brought: a file without an extension"
        default: "not brought: .\(file.fileExtension) is not a type of media an import brings"
        }
    }

    static func unique(_ files: [MediaFile]) -> [MediaFile] {
        var seen = Set<String>()
        return files.filter { seen.insert($0.key).inserted }
    }
}
