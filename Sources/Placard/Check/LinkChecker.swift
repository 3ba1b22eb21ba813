/// Resolves references between files of the built site: each must name a file the output has (a folder, its
/// `index.html`), and a link's fragment must name an id of the page it goes to.
struct LinkChecker: Sendable {
    /// Every path below the output folder.
    let files: Set<String>
    /// The ids of each HTML page, by path.
    let ids: [String: Set<String>]

    /// The errors of one file's references.
    func check(_ checked: CheckedFile) -> [Diagnostic] {
        checked.references.compactMap { reference in
            message(for: reference).map { checked.diagnostic($0, at: reference.position) }
        }
    }

    private func message(for reference: SiteReference) -> String? {
        let verb = reference.kind == .resource ? "loads" : "links to"
        guard let target = [reference.path, reference.path + "/index.html"].first(where: files.contains) else {
            let fix = reference.kind == .resource ? "the path or add the file" : "the link or add the page"
            return "\(reference.display) \(verb) \(reference.path), which is not in the output; fix \(fix)"
        }
        guard reference.kind != .resource, let fragment = reference.fragment, !fragment.isEmpty,
            fragment.lowercased() != "top", let targetIDs = ids[target], !targetIDs.contains(fragment)
        else { return nil }
        return "\(reference.display) links to #\(fragment), but \(target) has no element with that id; "
            + "fix the fragment or add the id"
    }
}
