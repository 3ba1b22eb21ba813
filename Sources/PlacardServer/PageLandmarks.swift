import Foundation
import Markup

/// Where the dev server puts its pieces in a page: found by walking the page's tags with ``HTMLScanner`` over its
/// bytes (`init(latin1:)`), so that a `</head>`, `<body>` or `<meta>` inside a comment, a `<script>` or a `<title>`
/// is not mistaken for the real one, and a page in any ASCII-compatible encoding, valid or not, is read alike.
struct PageLandmarks {
    /// The byte offset of the `<` of the first `</head>` before the `<body>` tag.
    var headEnd: Int?
    /// The first `<body…>` tag, from its `<` to just past its `>`.
    var body: Range<Int>?
    /// The Content-Security-Policy `<meta http-equiv>` tags before the `<body>` tag (or, in a page without one,
    /// before `</head>`), whose attributes' offsets are byte offsets. A policy `<meta>` in the body does not apply.
    var policies: [HTMLTag] = []

    /// Reads a page up to its `<body>` tag.
    init(_ page: [UInt8]) {
        var scanner = HTMLScanner(latin1: page)
        var metas: [(offset: Int, tag: HTMLTag)] = []
        while body == nil, let token = scanner.next() {
            switch token {
            case .end("head", _) where headEnd == nil: headEnd = scanner.tokenStart
            case .start(let tag) where tag.name == "body": body = scanner.tokenStart..<scanner.tokenEnd
            case .start(let tag) where tag.name == "meta" && Self.isPolicy(tag): metas.append((scanner.tokenStart, tag))
            default: break
            }
        }
        let end = body?.lowerBound ?? headEnd ?? page.count
        policies = metas.filter { $0.offset < end }.map(\.tag)
    }

    /// Whether a `<meta>` sets a Content-Security-Policy.
    private static func isPolicy(_ meta: HTMLTag) -> Bool {
        meta.value("http-equiv")?.trimmingCharacters(in: .whitespaces).lowercased() == "content-security-policy"
    }
}
