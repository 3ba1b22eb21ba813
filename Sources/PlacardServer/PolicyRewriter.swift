import Markup

/// Rewrites a Content-Security-Policy so that it lets through the dev server's own script, style and event stream,
/// and nothing else it did not allow before.
///
/// `script-src` (and `style-src` when the server adds a style sheet) get `'nonce-…'` in place of `'none'`, or, when
/// the page has no such directive, a copy of `default-src` with the nonce; `connect-src` gets `'self'`, so the page
/// can open `/_placard/events`. A list that already
/// allows every inline script or style (`'unsafe-inline'` without nonces or hashes) is left alone, since a nonce
/// would turn that off. Directives the server does not need keep their text exactly.
struct PolicyRewriter: Sendable {
    /// The nonce, as it appears after `nonce-`.
    let nonce: String
    /// Whether the server also adds a `<style>` element with the nonce.
    var allowsStyle = false

    /// The policy with the server's nonce and event stream allowed.
    /// - Parameter policy: The policy text, with character references already decoded.
    func rewrite(_ policy: String) -> String {
        var parts = PolicyDirective.parts(of: policy)
        // A policy ending in ";" keeps its ending after anything appended.
        let ending = parts.count > 1 && parts[parts.count - 1].allSatisfy(\.isWhitespace) ? parts.removeLast() : nil
        let names = parts.map { PolicyDirective($0).name }
        let defaults = names.firstIndex(of: "default-src").map { PolicyDirective(parts[$0]).sources }
        var changes: [(String, ([String]) -> [String], Bool)] = [
            ("script-src", withNonce, true), ("connect-src", withSelf, true), ("script-src-elem", withNonce, false),
        ]
        if allowsStyle { changes += [("style-src", withNonce, true), ("style-src-elem", withNonce, false)] }
        for (directive, change, fallsBackToDefault) in changes {
            if let index = names.firstIndex(of: directive) {
                let sources = PolicyDirective(parts[index]).sources
                guard change(sources) != sources else { continue }
                parts[index] = Self.leadingSpace(of: parts[index]) + Self.text(directive, change(sources))
            } else if fallsBackToDefault, let defaults, change(defaults) != defaults {
                parts.append(" " + Self.text(directive, change(defaults)))
            }
        }
        if let ending { parts.append(ending) }
        return parts.joined(separator: ";")
    }

    /// A source list that allows the nonce.
    private func withNonce(_ sources: [String]) -> [String] {
        let lowered = sources.map { $0.lowercased() }
        let hasNonceOrHash = lowered.contains { $0.hasPrefix("'nonce-") || $0.hasPrefix("'sha") }
        if lowered.contains("'unsafe-inline'") && !hasNonceOrHash { return sources }
        return sources.filter { $0.lowercased() != "'none'" } + ["'nonce-\(nonce)'"]
    }

    /// A source list that allows connections to the page's own origin.
    private func withSelf(_ sources: [String]) -> [String] {
        let lowered = sources.map { $0.lowercased() }
        if lowered.contains("'self'") || lowered.contains("*") { return sources }
        return sources.filter { $0.lowercased() != "'none'" } + ["'self'"]
    }

    private static func leadingSpace(of directive: String) -> String {
        String(directive.prefix { $0.isWhitespace })
    }

    private static func text(_ name: String, _ sources: [String]) -> String {
        ([name] + sources).joined(separator: " ")
    }
}
