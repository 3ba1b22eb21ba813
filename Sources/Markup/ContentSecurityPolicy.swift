/// A Content-Security-Policy as a page's `<meta http-equiv="Content-Security-Policy">` gives it, and what keeps it
/// from being as strict as Placard's pages need: no script, no plugin, nothing from another origin.
///
/// The theme's policy (templates/base.mustache) is `default-src 'none'; script-src 'none'; object-src 'none';
/// style-src 'self'; img-src 'self'; font-src 'self'; media-src 'self'; base-uri 'none'; form-action 'none'`.
/// Any policy passes that has a `default-src`, resolves `script-src` and `object-src` to `'none'`, has
/// `base-uri 'none'` and `form-action 'none'`, and allows nothing but `'self'` in any fetch directive.
package struct ContentSecurityPolicy: Sendable, Hashable {
    /// The directives that say where resources may come from.
    package static let fetchDirectives: Set = [
        "default-src", "script-src", "script-src-elem", "script-src-attr", "style-src", "style-src-elem",
        "style-src-attr", "img-src", "font-src", "media-src", "connect-src", "frame-src", "child-src", "worker-src",
        "manifest-src", "object-src", "prefetch-src", "fenced-frame-src",
    ]

    /// One directive: `img-src 'self'`.
    package struct Directive: Sendable, Hashable {
        /// The name, lower-cased.
        var name: String
        /// The sources (or other values), lower-cased.
        var sources: [String]
    }

    /// The directives in the order written; a repeated directive keeps its first value, as in a browser.
    package let directives: [Directive]

    /// Parses a policy: directives separated by `;`, each a name and its sources separated by spaces.
    package init(_ policy: String) {
        var seen: Set<String> = []
        var directives: [Directive] = []
        for part in PolicyDirective.parts(of: policy) {
            let directive = PolicyDirective(part)
            guard !directive.name.isEmpty, seen.insert(directive.name).inserted else { continue }
            directives.append(Directive(name: directive.name, sources: directive.sources.map { $0.lowercased() }))
        }
        self.directives = directives
    }

    /// The sources of a directive, when the policy has it.
    package func sources(_ name: String) -> [String]? {
        directives.first { $0.name == name }?.sources
    }

    /// What makes the policy weaker than Placard's pages need, as messages; empty when it is strict enough.
    package var problems: [String] {
        var problems: [String] = []
        let policy = "the Content-Security-Policy"
        let none = ["'none'"]
        if sources("default-src") == nil {
            problems.append("\(policy) has no default-src, so it allows what it does not name; add default-src 'none'")
        }
        let scripts = ["script-src", "script-src-elem", "script-src-attr"].compactMap { sources($0) }
        if (sources("script-src") ?? sources("default-src")) != none || scripts.contains(where: { $0 != none }) {
            problems.append("\(policy) does not forbid scripts; set script-src 'none'")
        }
        if (sources("object-src") ?? sources("default-src")) != none {
            problems.append("\(policy) does not forbid plugins; set object-src 'none'")
        }
        for name in ["base-uri", "form-action"] where sources(name) != none {
            problems.append("\(policy) needs \(name) 'none'; add it")
        }
        for directive in directives where Self.fetchDirectives.contains(directive.name) {
            for source in directive.sources where !["'self'", "'none'"].contains(source) {
                problems.append("\(policy) allows \(source) in \(directive.name); allow only 'self' or 'none'")
            }
        }
        return problems
    }
}
