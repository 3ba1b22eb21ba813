import Markup
import Placard

extension PageChecker {
    /// Checks one URL: an error when it loads something from another host, a `data:` URL or a script; a reference
    /// to the site is kept for `LinkChecker`.
    /// - Returns: whether an error was reported.
    func check(
        _ url: String,
        _ kind: TagReference.Kind,
        _ display: String,
        at position: TextPosition,
        _ checked: inout CheckedFile
    ) -> Bool {
        guard let message = problem(url, kind, display, at: position, &checked) else { return false }
        checked.error(message, at: position)
        return true
    }

    /// Checks every URL of one attribute (a `srcset` may hold thousands) and reports one error for all of them: the
    /// first problem, and how many more URLs of the attribute have one.
    /// - Returns: whether an error was reported.
    func check(_ references: ArraySlice<TagReference>, of tag: HTMLTag, _ checked: inout CheckedFile) -> Bool {
        guard let attribute = references.first?.attribute else { return false }
        let display = tag.display(attribute)
        var first: String?
        var more = 0
        for reference in references {
            guard let message = problem(reference.url, reference.kind, display, at: attribute.position, &checked)
            else { continue }
            if first == nil { first = message } else { more += 1 }
        }
        guard let first else { return false }
        let others = more == 1 ? "1 more URL" : "\(more) more URLs"
        checked.error(more == 0 ? first : first + " (and \(others) of this attribute)", at: attribute.position)
        return true
    }

    /// What is wrong with one URL, or nil; a reference to the site is kept for `LinkChecker`.
    private func problem(
        _ url: String,
        _ kind: TagReference.Kind,
        _ display: String,
        at position: TextPosition,
        _ checked: inout CheckedFile
    ) -> String? {
        let blocked = "which the Content-Security-Policy blocks"
        switch resolver.resolve(url, from: checked.path) {
        case .site(let path, let fragment):
            checked.references.append(
                SiteReference(path: path, fragment: fragment, kind: kind, display: display, position: position))
            return nil
        case .foreign(let host):
            switch kind {
            case .link: return nil
            case .resource: return "\(display) loads a resource from \(host); serve it from the site or remove it"
            case .refresh: return "\(display) sends the reader to \(host) without a click; make it a link"
            }
        case .otherScheme(let scheme):
            guard kind == .resource else { return nil }
            return "\(display) loads a \(scheme): URL, \(blocked); serve it from the site or remove it"
        case .data:
            guard kind != .link else { return nil }
            return "\(display) loads a data: URL, \(blocked); save it as a file of the site and use its path"
        case .script:
            return "\(display) is a javascript: URL, \(blocked); pages run no scripts"
        case .outside(let path):
            return "\(display) points to \(path), outside the site's root \(resolver.root); start it with "
                + resolver.root
        case .invalid:
            return "\(display) is not a URL a browser can use; write a full URL or a path of the site"
        }
    }
}
