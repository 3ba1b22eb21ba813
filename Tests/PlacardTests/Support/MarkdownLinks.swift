import CommonMark
import Foundation

/// Checks the links between Markdown files as GitHub shows them: a relative link or image must name a file or folder
/// inside the repository, and a `#fragment` must be the id of a heading of the page it goes to. Links with a scheme
/// (`https:`, `mailto:`) go elsewhere and are not checked.
struct MarkdownLinks {
    /// The repository (or any) folder the files are in; nothing outside it may be linked.
    let root: String

    /// Every problem in `files` (paths relative to `root`), as `path:line: message`.
    func problems(in files: [String]) throws -> [String] {
        var problems: [String] = []
        for file in files {
            let page = try Page(path: root + "/" + file)
            let folder = (file as NSString).deletingLastPathComponent
            for link in page.links {
                if let problem = try check(link.url, from: file, folder: folder, page: page) {
                    problems.append("\(file):\(link.line): \(problem)")
                }
            }
        }
        return problems
    }

    private func check(_ url: String, from file: String, folder: String, page: Page) throws -> String? {
        guard URLComponents(string: url)?.scheme == nil, !url.hasPrefix("//") else { return nil }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let target = parts[0].removingPercentEncoding ?? parts[0]
        let fragment = parts.count > 1 ? parts[1].removingPercentEncoding ?? parts[1] : nil
        var anchors = page.anchors
        if !target.isEmpty {
            let path = ((folder.isEmpty ? target : folder + "/" + target) as NSString).standardizingPath
            guard !path.hasPrefix(".."), !path.hasPrefix("/") else { return "\(url) leaves the repository" }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder) else {
                return "\(url): \(path) does not exist"
            }
            guard fragment != nil else { return nil }
            guard path.hasSuffix(".md"), !isFolder.boolValue else { return "\(url): only Markdown pages have anchors" }
            anchors = try Page(path: root + "/" + path).anchors
        }
        if let fragment, !anchors.contains(fragment) {
            return "\(url): no heading of \(target.isEmpty ? file : target) has the id \(fragment)"
        }
        return nil
    }

    /// One Markdown file's links (with their lines) and its headings' ids.
    struct Page {
        var links: [(url: String, line: Int)] = []
        var anchors = Set<String>()

        init(path: String) throws {
            let document = Document(markdown: try String(contentsOfFile: path, encoding: .utf8))
            var links: [(url: String, line: Int)] = []
            var anchors = Set<String>()
            var line = 1
            var heading: String?
            var counts: [String: Int] = [:]
            document.walk { event, node in
                if let start = node.sourceRange?.start.line, node.kind.isBlock { line = start }
                switch (event, node.kind) {
                case (.enter, .link), (.enter, .image):
                    links.append((node.url ?? "", line))
                case (.enter, .heading):
                    heading = ""
                case (.exit, .heading):
                    let slug = Self.githubID(heading ?? "")
                    let count = counts[slug, default: 0]
                    counts[slug] = count + 1
                    anchors.insert(count == 0 ? slug : "\(slug)-\(count)")
                    heading = nil
                case (.enter, .text), (.enter, .code):
                    if heading != nil { heading! += node.literal ?? "" }
                default:
                    break
                }
                return .continue
            }
            self.links = links
            self.anchors = anchors
        }

        /// The id GitHub gives a heading: its text lower-cased, without punctuation, spaces made hyphens.
        static func githubID(_ text: String) -> String {
            var id = ""
            for character in text.lowercased() {
                if character.isLetter || character.isNumber || character == "-" || character == "_" {
                    id.append(character)
                } else if character == " " {
                    id.append("-")
                }
            }
            return id
        }
    }
}
