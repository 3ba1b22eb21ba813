import Foundation

extension PostLoader {
    /// Reads the updates `names` (`updates/…`), oldest first; a file not named `YYYY-MM-DD.md` or `YYYY-MM-DD-N.md` is
    /// an error.
    func readUpdates(folder: String, names: [String], _ diagnostics: inout [Diagnostic]) -> [Update]? {
        var updates: [Update] = []
        var failed = false
        for name in names {
            let path = folder + "/" + name
            guard let (day, sequence) = Self.updateName(String(name.dropFirst("updates/".count))) else {
                diagnostics.append(
                    Diagnostic(
                        "an update's file name must be its date, YYYY-MM-DD.md (YYYY-MM-DD-2.md for a second that day)",
                        at: SourceLocation(path: path, line: 1)
                    ))
                failed = true
                continue
            }
            if let update = readUpdate(path: path, day: day, sequence: sequence, &diagnostics) {
                updates.append(update)
            } else {
                failed = true
            }
        }
        return failed ? nil : updates.sorted { ($0.date, $0.day, $0.sequence) < ($1.date, $1.day, $1.sequence) }
    }

    private func readUpdate(path: String, day: String, sequence: Int, _ diagnostics: inout [Diagnostic]) -> Update? {
        guard case (let front, var yaml)? = FrontMatter.read(path, with: reader, &diagnostics) else { return nil }
        let file = yaml.file
        defer { diagnostics += yaml.diagnostics }
        guard let fields = yaml.frontMatterFields(front) else { return nil }
        yaml.warnUnknownKeys(fields, known: Self.updateKeys, in: "an update's front matter")
        let title = yaml.requiredString(fields, "title", in: "the front matter")
        var date: Date?
        switch DateParser(timeZone: config.timeZone).parse(day) {
        case .success(let fromName):
            date = yaml.date(fields, "date", parser: DateParser(timeZone: config.timeZone)) ?? fromName
        case .failure:
            yaml.diagnostics.append(
                file.diagnostic(
                    "the file name's date \(day) does not exist; rename the file to the update's real date", line: 1
                ))
        }
        let aliases = yaml.aliases(fields, files: false)
        guard let title, let date, !yaml.diagnostics.hasErrors else { return nil }
        return Update(day: day, sequence: sequence, title: title, date: date, body: front.body, aliases: aliases)
    }

    /// `2018-05-29.md` → ("2018-05-29", 1); `2018-05-29-2.md` → ("2018-05-29", 2); anything else → nil.
    static func updateName(_ name: String) -> (String, Int)? {
        guard name.hasSuffix(".md") else { return nil }
        let stem = name.dropLast(3)
        let parts = stem.split(separator: "-", omittingEmptySubsequences: false)
        let digits = parts.map { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.count == 3 || parts.count == 4, !digits.contains(false),
            parts[0].count == 4, parts[1].count == 2, parts[2].count == 2
        else { return nil }
        let day = parts[0...2].joined(separator: "-")
        guard parts.count == 4 else { return (day, 1) }
        guard let sequence = Int(parts[3]), sequence >= 2 else { return nil }
        return (day, sequence)
    }

    /// Reads and threads `comments.yml`; an empty archive when there is none.
    func readComments(folder: String, present: Bool, _ diagnostics: inout [Diagnostic]) -> CommentThread? {
        guard present else { return .empty }
        let file: SourceFile
        do {
            file = try reader.read(folder + "/comments.yml")
        } catch {
            diagnostics.append(error)
            return nil
        }
        let (comments, found) = CommentLoader(dates: DateParser(timeZone: config.timeZone)).load(file)
        diagnostics += found
        guard !found.hasErrors else { return nil }
        do {
            return try ThreadBuilder(maxDepth: config.maxCommentDepth).thread(comments, file: file)
        } catch {
            diagnostics += error.diagnostics
            return nil
        }
    }
}
