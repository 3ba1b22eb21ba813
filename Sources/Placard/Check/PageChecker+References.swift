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
        let blocked = "which the Content-Security-Policy blocks"
        let message: String
        switch resolver.resolve(url, from: checked.path) {
        case .site(let path, let fragment):
            checked.references.append(
                SiteReference(path: path, fragment: fragment, kind: kind, display: display, position: position))
            return false
        case .foreign(let host):
            switch kind {
            case .link: return false
            case .resource: message = "\(display) loads a resource from \(host); serve it from the site or remove it"
            case .refresh: message = "\(display) sends the reader to \(host) without a click; make it a link"
            }
        case .otherScheme(let scheme):
            guard kind == .resource else { return false }
            message = "\(display) loads a \(scheme): URL, \(blocked); serve it from the site or remove it"
        case .data:
            guard kind != .link else { return false }
            message = "\(display) loads a data: URL, \(blocked); save it as a file of the site and use its path"
        case .script:
            message = "\(display) is a javascript: URL, \(blocked); pages run no scripts"
        case .outside(let path):
            message =
                "\(display) points to \(path), outside the site's root \(resolver.root); start it with "
                + resolver.root
        case .invalid:
            message = "\(display) is not a URL a browser can use; write a full URL or a path of the site"
        }
        checked.error(message, at: position)
        return true
    }
}
