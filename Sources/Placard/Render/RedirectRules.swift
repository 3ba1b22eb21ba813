import Foundation

/// The site's aliases as 301 rules: `_redirects`, which Netlify and Cloudflare Pages read, and `_redirects.nginx`,
/// the same rules as nginx `map` blocks for `deploy/nginx.conf` to include.
struct RedirectRules: Sendable {
    /// The file Netlify and Cloudflare Pages read, at the top of the output.
    static let netlifyFile = "_redirects"
    /// The nginx include, beside it.
    static let nginxFile = "_redirects.nginx"

    /// One rule: an old address (a path from the server's root, percent-encoded, and a query parameter) and where it
    /// leads (a path from the server's root, percent-encoded).
    struct Rule: Sendable, Equatable {
        var path: String
        /// The path as nginx's `$uri` holds it: percent-decoded.
        var decodedPath: String
        var query: Alias.Query?
        var target: String
    }

    let rules: [Rule]

    /// The rules of `entries`, whose paths are below `root` (the path of `base_url`).
    init(root: String, entries: [AliasTable.Entry]) {
        rules = entries.map { entry in
            Rule(
                path: URLs.percentEncoded(root + entry.alias.path), decodedPath: root + entry.alias.path,
                query: entry.alias.query, target: URLs.percentEncoded(root + entry.target))
        }
    }

    /// `_redirects`: forced rules first (`301!`: Netlify then redirects although a redirect page exists at the old
    /// path, and reads the query rules), then the plain rules, the only ones Cloudflare Pages accepts (it always
    /// redirects, and skips the lines it cannot read, with a warning in its deploy log).
    func netlify() -> String {
        var lines = [
            "# The site's old addresses (front matter `aliases:`), written by placard build; see docs/deploy.md.",
            "# Netlify reads the forced 301! rules, query rules included; Cloudflare Pages skips them (it has no",
            "# forced rules and no query rules) and reads the plain 301 rules after them.",
        ]
        for rule in rules {
            let query = rule.query.map { " \($0.name)=\($0.value)" } ?? ""
            lines.append("\(rule.path)\(query) \(rule.target) 301!")
        }
        for rule in rules where rule.query == nil {
            lines.append("\(rule.path) \(rule.target) 301")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `_redirects.nginx`: a `map` from `$uri` for the paths (each with and without its trailing slash), one from
    /// `$uri?name=$arg_name` for each query parameter name, and `$placard_redirect`, the first of them that matched,
    /// which `deploy/nginx.conf` answers with a 301. It is included in the `http` block, before any other `map`, since
    /// it sizes the maps' hash tables for its longest path.
    func nginx() -> String {
        var lines = [
            "# The site's old addresses (front matter `aliases:`), written by placard build: the rules of _redirects",
            "# for nginx. deploy/nginx.conf includes this file at the top of its http block (before any other map)",
            "# and answers $placard_redirect with a 301; see docs/deploy.md.",
        ]
        var paths: [(String, String)] = []
        for rule in rules where rule.query == nil {
            paths.append((rule.decodedPath, rule.target))
            if rule.decodedPath.hasSuffix("/") { paths.append((String(rule.decodedPath.dropLast()), rule.target)) }
        }
        let names = Array(Set(rules.compactMap(\.query?.name))).sorted()
        let keys =
            paths.map(\.0)
            + rules.compactMap { rule in rule.query.map { rule.decodedPath + "?\($0.name)=\($0.value)" } }
        let longest = keys.map(\.utf8.count).max() ?? 0
        lines.append("map_hash_bucket_size \(Self.powerOfTwo(atLeast: max(64, longest + 32)));")
        lines.append("map_hash_max_size \(Self.powerOfTwo(atLeast: max(2048, keys.count * 2)));")
        lines += Self.map("$uri", "$placard_redirect_path", paths)
        for name in names {
            let entries = rules.compactMap { rule in
                rule.query.flatMap { $0.name == name ? (rule.decodedPath + "?\(name)=\($0.value)", rule.target) : nil }
            }
            lines += Self.map("\"$uri?\(name)=$arg_\(name)\"", "$placard_redirect_query_\(name)", entries)
        }
        let sources = (names.map { "$placard_redirect_query_\($0)" } + ["$placard_redirect_path"]).joined(
            separator: " ")
        lines += [
            "map \"\(sources)\" $placard_redirect {",
            "    default \"\";",
            "    \"~^ *(?<placard_redirect_to>[^ ]+)\" $placard_redirect_to;",
            "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func map(_ source: String, _ variable: String, _ entries: [(String, String)]) -> [String] {
        ["map \(source) \(variable) {", "    default \"\";"]
            + entries.map { "    \(quoted($0.0)) \(quoted($0.1));" } + ["}"]
    }

    /// An nginx string in double quotes; aliases never hold `"` or `\` (``Alias/parse(_:)``), but a quote stays a quote.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func powerOfTwo(atLeast value: Int) -> Int {
        var result = 1
        while result < value { result *= 2 }
        return result
    }
}
