import Foundation

extension Alias {
    /// Why a text is not an alias, as a message that names it and says what to write.
    package struct Problem: Error, Sendable {
        package var message: String
    }

    /// Characters an alias's path may hold besides those of a slug (letters, marks and digits of any script, `-`, `_`,
    /// `.`): what old permalinks use, and nothing a server configuration, a `_redirects` line or a file name could
    /// misread (no space, quote, backslash, `$`, `;`, `{`, `}`, `%` once decoded, `:` or `*`).
    static let punctuation: Set<Unicode.Scalar> = ["~", "+", ",", "@", "!", "(", ")", "'", "=", "&"]

    /// The longest alias, in UTF-8 bytes once decoded.
    static let maxBytes = 1_000

    /// Reads an alias as front matter writes it: a path of the site from its root (`/2018/05/24/old-post/`), with at
    /// most one query parameter (`/?p=123`). Percent-encoded characters are decoded; a folder gets its trailing `/`
    /// (`/a/b` is `/a/b/`); a path ending in `.html` or `.htm` stays a file.
    /// - Throws: the problem, when the text is a full URL, not a path, or holds `..`, an empty segment, a fragment,
    ///   or a character a path of the site cannot hold.
    package static func parse(_ written: String) throws(Problem) -> Alias {
        let text = written.trimmingCharacters(in: .whitespaces)
        let shown = "the alias '\(Slug.visible(text))'"
        guard !text.isEmpty else {
            throw Problem(message: "an alias is empty; write an old path of the site, such as /2018/05/24/old-post/")
        }
        if text.contains("://") || text.hasPrefix("//") {
            throw Problem(
                message: "\(shown) is a full address; write only its path from the site's root, such as /old-post/")
        }
        guard text.hasPrefix("/") else {
            throw Problem(message: "\(shown) does not start with '/'; write it from the site's root, as /\(text)")
        }
        if text.contains("#") {
            throw Problem(message: "\(shown) holds a '#' fragment, which never reaches a server; remove it")
        }
        let parts = text.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let query = try parts.count == 2 ? Self.query(String(parts[1]), shown) : nil
        guard let decoded = String(parts[0]).removingPercentEncoding else {
            throw Problem(message: "\(shown) holds a '%' that does not start a UTF-8 character's %XX code; fix it")
        }
        guard decoded.utf8.count <= maxBytes else {
            throw Problem(message: "\(shown.prefix(60))…' is longer than \(maxBytes) bytes; shorten it")
        }
        let path = try Self.path(decoded, shown, hasQuery: query != nil)
        return Alias(path: path, query: query)
    }

    /// The path below the root, checked segment by segment, a folder ending in `/`.
    private static func path(_ decoded: String, _ shown: String, hasQuery: Bool) throws(Problem) -> String {
        var segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        let isFolder = segments.last?.isEmpty ?? true
        if isFolder, !segments.isEmpty { segments.removeLast() }
        for segment in segments { try check(segment, shown) }
        let joined = segments.joined(separator: "/")
        if hasQuery { return joined.isEmpty ? "" : joined + (isFolder ? "/" : "") }
        guard !joined.isEmpty else {
            throw Problem(message: "\(shown) is the site's home page, which an alias cannot be; remove it")
        }
        let last = segments.last?.lowercased() ?? ""
        return last.hasSuffix(".html") || last.hasSuffix(".htm") ? joined : joined + "/"
    }

    private static func check(_ segment: String, _ shown: String) throws(Problem) {
        if segment.isEmpty {
            throw Problem(message: "\(shown) holds an empty segment ('//'); write each '/' once")
        }
        if segment == "." || segment == ".." {
            throw Problem(message: "\(shown) holds a '\(segment)' segment; write the old path as the site served it")
        }
        if segment.hasPrefix(".") {
            throw Problem(message: "\(shown) starts a segment with a dot, which would hide its folder; remove the dot")
        }
        if segment.utf8.count > Slug.maxBytes {
            throw Problem(message: "\(shown) has a segment longer than \(Slug.maxBytes) bytes; shorten it")
        }
        if let bad = segment.unicodeScalars.first(where: { !Slug.isAllowed($0) && !punctuation.contains($0) }) {
            throw Problem(
                message: "\(shown) holds \(Slug.describe(bad)), which an alias cannot hold; use letters, digits and "
                    + "- _ . ~ + , @ ! ( ) ' = & only")
        }
    }

    /// `p=123`: one parameter, its name of ASCII letters, digits and `_`, its value of those and `-`, `.`, `~`.
    private static func query(_ text: String, _ shown: String) throws(Problem) -> Query {
        let pair = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        func isWord(_ part: Substring, _ extra: String) -> Bool {
            !part.isEmpty
                && part.unicodeScalars.allSatisfy {
                    $0.isASCII
                        && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || extra.unicodeScalars.contains($0))
                }
        }
        guard pair.count == 2, isWord(pair[0], "_"), isWord(pair[1], "_-.~") else {
            throw Problem(
                message: "\(shown) has the query '\(Slug.visible(text))'; an alias may have one parameter name=value "
                    + "of ASCII letters, digits, '_', '-', '.' and '~', as in /?p=123")
        }
        return Query(name: String(pair[0]), value: String(pair[1]))
    }
}
