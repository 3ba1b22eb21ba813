import Markup
import Placard

/// Follows a page's `<meta http-equiv="Content-Security-Policy">` tags: a page needs one in its `<head>`, before
/// anything it covers, strict enough for `ContentSecurityPolicy.problems`.
struct PolicyTracker {
    /// Whether the tags seen so far are in the page's `<head>`.
    var inHead = true
    private var head: TextPosition?
    private var policies: [(tag: HTMLTag, policy: ContentSecurityPolicy)] = []
    private var firstLoad: String?

    /// Notes a start tag: a policy, the `<head>`, or the first thing a policy after it would not cover.
    mutating func see(_ tag: HTMLTag) {
        if tag.name == "head" { head = head ?? tag.position }
        if tag.name == "body" { inHead = false }
        if inHead, tag.name == "meta", tag.value("http-equiv")?.lowercased() == "content-security-policy" {
            policies.append((tag, ContentSecurityPolicy(tag.value("content") ?? "")))
        }
        guard policies.isEmpty, firstLoad == nil else { return }
        if let load = tag.references.first(where: { $0.kind != .link }) {
            firstLoad = tag.display(load.attribute)
        } else if tag.name == "style" || tag.isExecutableScript {
            firstLoad = "<\(tag.name)>"
        }
    }

    /// Reports a missing policy, a late one, or what keeps the first one from being strict enough.
    func report(_ checked: inout CheckedFile) {
        guard let first = policies.first else {
            checked.error(
                "the page has no Content-Security-Policy <meta> in its <head>; keep the one in templates/base.mustache",
                at: head ?? TextPosition(line: 1, column: 1))
            return
        }
        if let firstLoad {
            checked.error(
                "the Content-Security-Policy <meta> comes after \(firstLoad), which it then does not cover; "
                    + "move it up to just after <meta charset>",
                at: first.tag.position)
        }
        // Every policy applies, so one strict policy is enough.
        guard !policies.contains(where: { $0.policy.problems.isEmpty }) else { return }
        for problem in first.policy.problems { checked.error(problem, at: first.tag.position) }
    }
}
