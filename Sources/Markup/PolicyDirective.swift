/// One directive of a Content-Security-Policy, read as a browser reads it: the text between two `;` is a name and
/// its sources, separated by ASCII whitespace. The one reading shared by `placard check`, which judges a page's
/// policy, and the dev server, which adds its own script to it.
package struct PolicyDirective: Sendable, Hashable {
    /// The name, lower-cased (`img-src`); empty for a part with no words.
    package var name: String
    /// The sources (or other values), as written.
    package var sources: [String]

    /// Reads one part of a policy, the text between two `;`.
    package init(_ part: some StringProtocol) {
        let words = part.split(whereSeparator: \.isWhitespace)
        name = words.first.map { $0.lowercased() } ?? ""
        sources = words.dropFirst().map { String($0) }
    }

    /// The parts of a policy, in the order written: split at every `;`, empty parts kept.
    package static func parts(of policy: String) -> [String] {
        policy.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    }
}
