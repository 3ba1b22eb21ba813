import Foundation
import Markup

/// Adds the live-reload script, and the error overlay while the site cannot be built, to one HTML page the server
/// sends; every other byte of the page stays as it was.
///
/// The script (and the overlay's `<style>`) go just before `</head>` and carry a nonce that the page's
/// Content-Security-Policy `<meta>` is rewritten to allow (see `PolicyRewriter`); the overlay goes right after the
/// `<body>` tag. A page without those tags gets the pieces at its end.
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
    /// - Parameter page: A UTF-8 HTML page, as the build wrote it.
    func inject(into page: [UInt8]) -> [UInt8] {
        let headEnd = Self.find("</head", in: page, from: 0, tagEnd: true)
        let bodyStart = Self.find("<body", in: page, from: headEnd ?? 0, tagEnd: true)
        let bodyTag = bodyStart.map { Self.endOfTag(page, $0) }
        var edits = policyEdits(page, before: headEnd ?? bodyStart ?? page.count)
        var head = ""
        if overlay != nil { head += "<style nonce=\"\(nonce)\">\(ErrorOverlay.css)</style>" }
        head += "<script nonce=\"\(nonce)\">\n\(ReloadScript.source(version: version, notFound: notFound))\n</script>\n"
        let headAt = headEnd ?? bodyStart ?? page.count
        edits.append((headAt..<headAt, Array(head.utf8)))
        if let overlay {
            let overlayAt = bodyTag ?? page.count
            edits.append((overlayAt..<overlayAt, Array(overlay.html.utf8)))
        }
        return Self.apply(edits, to: page)
    }

    /// Rewrites the `content` of every Content-Security-Policy `<meta>` in `page[..<end]`.
    private func policyEdits(_ page: [UInt8], before end: Int) -> [(range: Range<Int>, bytes: [UInt8])] {
        var edits: [(range: Range<Int>, bytes: [UInt8])] = []
        var start = 0
        while let meta = Self.find("<meta", in: page, from: start, tagEnd: true), meta < end {
            let attributes = TagAttributes(page, from: meta + "<meta".utf8.count)
            start = attributes.end
            guard let equiv = attributes["http-equiv"],
                equiv.value.trimmingCharacters(in: .whitespaces).lowercased() == "content-security-policy",
                let content = attributes["content"]
            else { continue }
            let policy = PolicyRewriter(nonce: nonce, allowsStyle: overlay != nil).rewrite(content.value)
            let quoted = "\"" + HTML.escapeDoubleQuoted(policy) + "\""
            edits.append((content.range, Array(quoted.utf8)))
        }
        return edits
    }

    /// The index of the first case-insensitive `text` (which starts with `<`) in `page` at or after `start`; with
    /// `tagEnd`, only where the next byte ends a tag name (white space, `>` or `/`).
    static func find(_ text: String, in page: [UInt8], from start: Int, tagEnd: Bool) -> Int? {
        let needle = Array(text.lowercased().utf8)
        guard let first = needle.first, start <= page.count - needle.count else { return nil }
        var index = start
        while let candidate = page[index...].firstIndex(of: first), candidate <= page.count - needle.count {
            let after = candidate + needle.count
            if zip(page[(candidate + 1)..<after], needle.dropFirst()).allSatisfy({ lower($0) == $1 }),
                !tagEnd || after == page.count || endsName(page[after])
            {
                return candidate
            }
            index = candidate + 1
        }
        return nil
    }

    /// The index just past the `>` of the tag starting at `start`, or the end of the page.
    private static func endOfTag(_ page: [UInt8], _ start: Int) -> Int {
        TagAttributes(page, from: start + 1).end
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

    private static func lower(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
