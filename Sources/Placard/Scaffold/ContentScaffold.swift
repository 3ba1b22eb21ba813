public import Foundation

/// Creates new content files for `placard new`: never overwriting one that exists.
public struct ContentScaffold: Sendable {
    /// The site folder, holding `content/`.
    public let root: String
    /// Where files are read and written.
    public let fileSystem: FileSystem

    /// Creates a scaffold for the site in `root`.
    public init(root: String, fileSystem: FileSystem = .disk) {
        self.root = root
        self.fileSystem = fileSystem
    }

    /// Writes `content/posts/<slug>/index.md` for a new draft post dated `date` in the site's time zone.
    /// - Returns: the path written, relative to the site folder.
    /// - Throws: a diagnostic when the title makes no slug or the post exists.
    public func newPost(title: String, date: Date) throws(Diagnostic) -> String {
        let slug = Slug.make(title, fitting: Slug.madeBytes)
        guard !slug.isEmpty else {
            throw Diagnostic("the title '\(title)' has no letters or digits to name the post's folder; choose another")
        }
        let path = "content/posts/\(slug)/index.md"
        guard fileSystem.kind(root + "/content/posts/" + slug) == .missing else {
            throw Diagnostic("content/posts/\(slug) exists already; choose another title or edit that post")
        }
        let text =
            "---\ntitle: \(YAMLText.quoted(title))\ndate: \(Self.day(date, in: try timeZone()))\ndraft: true\n---\n\nWrite the post here.\n"
        try write(text, to: path)
        return path
    }

    /// Writes `content/posts/<post>/updates/<day>.md`, or `<day>-2.md` and so on when the day has updates already.
    /// - Returns: the path written, relative to the site folder.
    /// - Throws: a diagnostic when the post does not exist or the day is not a real date.
    public func newUpdate(post: String, title: String, day: String?, today: Date) throws(Diagnostic) -> String {
        let folder = "content/posts/\(post)"
        guard Slug.isSafe(post), fileSystem.kind(root + "/" + folder + "/index.md") == .file else {
            throw Diagnostic("there is no post \(folder)/index.md; give the name of the post's folder")
        }
        let zone = try timeZone()
        var day = day ?? ""
        if day.isEmpty { day = Self.day(today, in: zone) }
        guard PostLoader.updateName(day + ".md")?.1 == 1, case .success = DateParser(timeZone: zone).parse(day) else {
            throw Diagnostic("--date \(day) is not a real date written YYYY-MM-DD")
        }
        var name = day
        var sequence = 1
        while fileSystem.kind("\(root)/\(folder)/updates/\(name).md") != .missing {
            sequence += 1
            name = "\(day)-\(sequence)"
        }
        let path = "\(folder)/updates/\(name).md"
        try write(
            "---\ntitle: \(YAMLText.quoted(title))\n---\n\nWhat happened, and what readers can do now.\n", to: path)
        return path
    }

    /// Writes the file at `path` (relative to the site folder) unless something is there already.
    /// - Returns: whether it was written.
    /// - Throws: a diagnostic when it cannot be written.
    public func create(_ data: Data, at path: String) throws(Diagnostic) -> Bool {
        guard fileSystem.kind(root + "/" + path) == .missing else { return false }
        try write(data, to: path)
        return true
    }

    private func write(_ text: String, to path: String) throws(Diagnostic) {
        try write(Data(text.utf8), to: path)
    }

    private func write(_ data: Data, to path: String) throws(Diagnostic) {
        do {
            try fileSystem.write(data, root + "/" + path)
        } catch {
            throw Diagnostic("could not write \(path) (\(SourceReader.reason(error)))")
        }
    }

    /// The site's time zone, read from `site.yml`; UTC when there is none.
    private func timeZone() throws(Diagnostic) -> TimeZone {
        let reader = SourceReader(fileSystem: fileSystem, root: root)
        return try SiteConfigLoader().loadIfPresent("content/site.yml", from: reader)?.timeZone
            ?? TimeZone(identifier: "UTC")!
    }

    private static func day(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
