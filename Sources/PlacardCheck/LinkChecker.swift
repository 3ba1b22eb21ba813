import Placard

/// Resolves references between files of the built site: each must name a file the output has (a folder, its
/// `index.html`), and a link's fragment must name an id of the page it goes to. A link to a page that only sends the
/// reader on (a `<meta http-equiv="refresh">` to another page of the site, as an alias's redirect page does) is
/// followed, so that its fragment is looked for where the reader ends up.
struct LinkChecker: Sendable {
    /// Every path below the output folder.
    let files: Set<String>
    /// The ids of each HTML page, by path.
    let ids: [String: Set<String>]
    /// The page each redirect page sends the reader to, by path.
    var redirects: [String: String] = [:]

    /// The redirects of the checked pages: each page's first `<meta http-equiv="refresh">` to a page of the site.
    static func redirects(of checked: [CheckedFile]) -> [String: String] {
        var redirects: [String: String] = [:]
        for file in checked {
            if let refresh = file.references.first(where: { $0.kind == .refresh }) {
                redirects[file.path] = refresh.path
            }
        }
        return redirects
    }

    /// The errors of one file's references: one per attribute (a `srcset` may hold thousands of URLs), with how many
    /// more of its URLs have a problem.
    func check(_ checked: CheckedFile) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let references = checked.references
        var start = references.startIndex
        while start < references.endIndex {
            let (position, display) = (references[start].position, references[start].display)
            let end =
                references[start...].firstIndex { $0.position != position || $0.display != display }
                ?? references.endIndex
            let messages = references[start..<end].compactMap(message(for:))
            if let first = messages.first {
                let more = messages.count - 1
                let others = more == 1 ? "1 more URL" : "\(more) more URLs"
                diagnostics.append(
                    checked.diagnostic(more == 0 ? first : first + " (and \(others) of this attribute)", at: position))
            }
            start = end
        }
        return diagnostics
    }

    private func message(for reference: SiteReference) -> String? {
        let verb = reference.kind == .resource ? "loads" : "links to"
        guard var target = file(at: reference.path) else {
            let fix = reference.kind == .resource ? "the path or add the file" : "the link or add the page"
            return "\(reference.display) \(verb) \(reference.path), which is not in the output; fix \(fix)"
        }
        var visited: Set = [target]
        while reference.kind == .link, let next = redirects[target].flatMap(file(at:)), visited.insert(next).inserted {
            target = next
        }
        guard reference.kind != .resource, let fragment = reference.fragment, !fragment.isEmpty,
            fragment.lowercased() != "top", let targetIDs = ids[target], !targetIDs.contains(fragment)
        else { return nil }
        return "\(reference.display) links to #\(fragment), but \(target) has no element with that id; "
            + "fix the fragment or add the id"
    }

    /// The file a reference names: the path itself, or the `index.html` of the folder it names.
    private func file(at path: String) -> String? {
        [path, path + "/index.html"].first(where: files.contains)
    }
}
