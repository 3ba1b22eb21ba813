/// One directive of a Content-Security-Policy, read as a browser reads it: the text between two `;` is a name and
/// its sources, separated by ASCII whitespace. The one reading shared by `placard check`, which judges a page's
/// policy, and the dev server, which adds its own script to it.
package struct PolicyDirective: Sendable, Hashable {
    /// The name, lower-cased (`img-src`); empty for a part with no words.
    package var name: String
    /// The sources (or other values), as written.
    package var sources: [String]

    /// Reads one part of a policy, the text between two `;`. A part holding anything outside ASCII is one a browser
    /// skips whole (CSP 3, "parse a serialized CSP"), so it reads as a part with no words.
    package init(_ part: some StringProtocol) {
        guard part.unicodeScalars.allSatisfy(\.isASCII) else {
            (name, sources) = ("", [])
            return
        }
        let words = part.split { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" || $0 == "\r" }
        name = words.first.map { $0.lowercased() } ?? ""
        sources = words.dropFirst().map { String($0) }
    }

    /// The parts of a policy, in the order written: split at every `;`, empty parts kept.
    package static func parts(of policy: String) -> [String] {
        policy.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    }
}
