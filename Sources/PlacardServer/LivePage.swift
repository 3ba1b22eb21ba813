import Foundation
import Markup

/// Adds the live-reload script, and the error overlay while the site cannot be built, to one HTML page the server
/// sends; every other byte of the page stays as it was.
///
/// The script (and the overlay's `<style>`) go just before `</head>` (without one, before `<body>`) and carry a nonce
/// that the page's Content-Security-Policy `<meta>` is rewritten to allow (see `PolicyRewriter`); the overlay goes
/// right after the `<body>` tag. A page without those tags gets the pieces at its end. The tags are the page's real
/// ones, as a browser reads them (``PageLandmarks``).
struct LivePage: Sendable {
    /// A fresh random value for each response.
    let nonce: String
    /// The server's version when the page was made.
    let version: String
    /// Whether the page answers a missing path.
    let notFound: Bool
    /// The overlay to show, if any.
    let overlay: ErrorOverlay?

    /// The page with the script, the overlay and the rewritten policy.
    /// - Parameter page: An HTML page, as the build wrote it or as found under `static/`: UTF-8 or any other
    ///   ASCII-compatible encoding, valid or not (``PageLandmarks``).
    func inject(into page: [UInt8]) -> [UInt8] {
        let landmarks = PageLandmarks(page)
        var edits = landmarks.policies.compactMap(policyEdit)
        var head = ""
        if overlay != nil { head += "<style nonce=\"\(nonce)\">\(ErrorOverlay.css)</style>" }
        head += "<script nonce=\"\(nonce)\">\n\(ReloadScript.source(version: version, notFound: notFound))\n</script>\n"
        let headAt = landmarks.headEnd ?? landmarks.body?.lowerBound ?? page.count
        edits.append((headAt..<headAt, Array(head.utf8)))
        if let overlay {
            let overlayAt = landmarks.body?.upperBound ?? page.count
            edits.append((overlayAt..<overlayAt, Array(overlay.html.utf8)))
        }
        return Self.apply(edits, to: page)
    }

    /// The new `content` of one Content-Security-Policy `<meta>`: nil when it has none (an empty policy allows all).
    private func policyEdit(_ meta: HTMLTag) -> (range: Range<Int>, bytes: [UInt8])? {
        guard let content = meta.attribute("content"), let written = content.written else { return nil }
        let policy = PolicyRewriter(nonce: nonce, allowsStyle: overlay != nil).rewrite(content.value)
        return (written, Self.quoted(policy))
    }

    /// A policy as a double-quoted attribute value in ASCII, which reads the same in any page's encoding: `&` and `"`
    /// become entities and any character above 0x7F a numeric character reference.
    ///
    /// The page is read one scalar per byte, so a UTF-8 `é` in a policy comes back as `&#xC3;&#xA9;` (`Ã©`), which
    /// changes nothing a browser enforces: it skips every directive that holds a character outside ASCII, in either
    /// form. In a Latin-1 or windows-1252 page, the reference is the character the byte was.
    static func quoted(_ policy: String) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        for scalar in HTML.escapeDoubleQuoted(policy).unicodeScalars {
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else {
                bytes += Array("&#x\(String(scalar.value, radix: 16, uppercase: true));".utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return bytes
    }

    private static func apply(_ edits: [(range: Range<Int>, bytes: [UInt8])], to page: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(page.count + edits.reduce(0) { $0 + $1.bytes.count })
        var position = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            result += page[position..<edit.range.lowerBound]
            result += edit.bytes
            position = edit.range.upperBound
        }
        result += page[position...]
        return result
    }
}
