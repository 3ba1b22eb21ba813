import Foundation
import Placard

/// The items of a WordPress export, set aside in the staging folder as soon as each one ends.
///
/// Keeps in memory only an index from post id to staged item and the ids of items already skipped; a later
/// `<item>` for the same post id is merged into the staged one on disk. Used by one import on one thread.
final class WordPressStaging {
    let stage: ImportStage
    let options: ImportOptions
    /// Items staged, numbered from 0 in export order.
    private(set) var count = 0
    /// Items left out as soon as they were read (types and statuses that are never imported).
    private(set) var summary = ImportSummary()
    private var numbers: [String: Int] = [:]
    private var skippedIDs = Set<String>()
    /// The attachments, in export order: a few fields each, kept in memory for the media and the links to them.
    private(set) var attachments: [WordPressAttachment] = []

    /// Creates the folder for staged items.
    /// - Throws: a diagnostic when it cannot be created.
    init(stage: ImportStage, options: ImportOptions) throws(Diagnostic) {
        self.stage = stage
        self.options = options
        do {
            try InterruptCleanup.creating {
                try FileManager.default.createDirectory(atPath: stage.work("items"), withIntermediateDirectories: true)
            }
        } catch { throw Diagnostic("could not create \(stage.work("items")) (\(SourceReader.reason(error)))") }
    }

    /// Stages a finished item, merges it into the item staged for the same post id, or counts it as skipped.
    /// - Throws: a diagnostic when the staged item cannot be read or written.
    func add(_ item: WordPressItem) throws(Diagnostic) {
        let id = item["wp:post_id"]
        if !id.isEmpty, skippedIDs.contains(id) { return }
        if !id.isEmpty, let number = numbers[id] {
            var first = try self.item(number)
            first.merge(item)
            try save(first, number)
            return
        }
        if item["wp:post_type"] == "attachment", !id.isEmpty {
            attachments.append(WordPressAttachment(item))
        }
        if let reason = Self.exclusion(type: item["wp:post_type"], status: item["wp:status"], options: options) {
            summary.skip(reason)
            if !id.isEmpty { skippedIDs.insert(id) }
            return
        }
        try save(item, count)
        if !id.isEmpty { numbers[id] = count }
        count += 1
    }

    /// Why an item of this type and status is not imported, or nil when it is (or when an empty field leaves it open:
    /// a duplicated item may still fill it in). Only published pages are imported; drafts only with `.drafts`.
    static func exclusion(type: String, status: String, options: ImportOptions) -> String? {
        guard !type.isEmpty else { return nil }
        guard type == "post" || type == "page" else { return "\(type) item" }
        guard !status.isEmpty, status != "publish" else { return nil }
        let isDraft = ["draft", "future", "pending", "private"].contains(status)
        // A page cannot be a draft in Placard's content format: it would be published.
        return isDraft && type == "post" && options.contains(.drafts) ? nil : "\(status) \(type)"
    }

    /// The staged item number `number`, with everything merged into it.
    /// - Parameter comments: whether its comment records are read too (a plan needs none: a post's thread may hold
    ///   tens of thousands).
    /// - Throws: a diagnostic when it cannot be read.
    func item(_ number: Int, comments: Bool = true) throws(Diagnostic) -> WordPressItem {
        let path = stage.work("items/\(number)")
        do {
            var item = try JSONDecoder().decode(WordPressItem.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            guard comments else { return item }
            let lines = try String(contentsOfFile: path + ".records", encoding: .utf8)
            for line in lines.split(separator: "\n") {
                guard let record = CommentRecord(line: line) else { throw CocoaError(.fileReadCorruptFile) }
                item.records.append(record)
            }
            return item
        } catch {
            throw Diagnostic("could not read the staging file \(path) (\(SourceReader.reason(error)))")
        }
    }

    private func save(_ item: WordPressItem, _ number: Int) throws(Diagnostic) {
        let path = stage.work("items/\(number)")
        do {
            try JSONEncoder().encode(item).write(to: URL(fileURLWithPath: path))
            try Data(item.records.map(\.line).joined().utf8).write(to: URL(fileURLWithPath: path + ".records"))
        } catch {
            throw Diagnostic("could not write the staging file \(path) (\(SourceReader.reason(error)))")
        }
    }
}
