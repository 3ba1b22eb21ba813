import Placard

/// `import-missing-media.txt`, written into the content folder beside the imported content when media could not be
/// brought: each file's old address, why, and the content files that still load it from there.
enum MissingMediaList {
    /// The file's name, in the content folder.
    static let file = "import-missing-media.txt"

    /// The list's text.
    static func text(_ missing: [MediaLibrary.Missing], content: String) -> String {
        var lines = [
            "# Media that `placard import wordpress` could not bring: each file's old address, why, and the content",
            "# files that still load it from the old site (`placard check` names them too). Put the files in the",
            "# media folder, or beside the posts, and change the addresses; then delete this list.",
        ]
        for item in missing {
            let users = item.users.map { content + "/" + $0 }.joined(separator: ", ")
            lines.append("\(item.url)\t\(item.reason)\t\(users)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
