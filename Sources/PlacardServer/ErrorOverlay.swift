import Markup
import Placard

/// The box the dev server lays over every page while the site cannot be built: each diagnostic with its file, line
/// and column, message, source line and caret, as `placard build` prints them.
///
/// Every piece of text is escaped, since messages quote content and content is untrusted. The box is readable on a
/// phone (it wraps, and the source line scrolls sideways so the caret stays under its column).
struct ErrorOverlay: Sendable {
    /// What the server is waiting for.
    enum Kind: Sendable {
        /// The last build failed; the page under the box is the last good one.
        case failedRebuild
        /// No build has succeeded yet, so there is no page to show.
        case failedFirstBuild
        /// The first build is still running.
        case building
    }

    let kind: Kind
    let diagnostics: [Diagnostic]

    /// The box, as HTML to put right after `<body>`.
    var html: String {
        var html = "<div id=\"placard-overlay\" role=\"alert\" aria-labelledby=\"placard-overlay-title\">"
        html += "<div class=\"placard-box\"><p id=\"placard-overlay-title\">\(title)</p>"
        if !diagnostics.isEmpty {
            html += "<ol>" + diagnostics.map(Self.item).joined() + "</ol>"
        }
        if kind == .failedRebuild {
            html += "<button type=\"button\" id=\"placard-overlay-hide\">Hide until the next save</button>"
        }
        return html + "</div></div>"
    }

    private var title: String {
        let count = diagnostics.errorCount
        let errors = "\(count) error\(count == 1 ? "" : "s")"
        switch kind {
        case .failedRebuild:
            return "<strong>The site could not be rebuilt: \(errors).</strong> This page is the last good build. "
                + "Fix the file and save; the page reloads by itself."
        case .failedFirstBuild:
            return "<strong>The site could not be built: \(errors).</strong> "
                + "Fix the file and save; the page reloads by itself."
        case .building:
            return "<strong>Building the site…</strong> The page reloads by itself when it is ready."
        }
    }

    private static func item(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location.map { "<code class=\"placard-location\">\(escape($0.description))</code>: " }
        var item = "<li><p>\(location ?? "")\(diagnostic.severity.rawValue): \(escape(diagnostic.message))</p>"
        if let line = diagnostic.sourceLine, let caret = diagnostic.caret {
            item += "<pre>\(escape(line))\n\(caret)</pre>"
        }
        return item + "</li>"
    }

    /// The overlay's style sheet, for a `<style>` element.
    static let css = """
        #placard-overlay{position:fixed;inset:0;z-index:2147483647;overflow:auto;box-sizing:border-box;\
        padding:1rem;background:rgba(17,17,17,.94);color:#f4f4f4;font:16px/1.5 system-ui,sans-serif;\
        text-align:left}\
        #placard-overlay *{box-sizing:border-box;color:inherit;font:inherit;margin:0;padding:0;\
        background:none;border:0;text-align:left}\
        #placard-overlay .placard-box{max-width:60rem;margin:0 auto}\
        #placard-overlay p{margin:0 0 .75rem;overflow-wrap:anywhere}\
        #placard-overlay strong{font-weight:700}\
        #placard-overlay ol{list-style:none}\
        #placard-overlay li{margin:0 0 1rem;padding:.75rem;border-left:4px solid #ff7b72;background:#262626}\
        #placard-overlay li p{margin:0}\
        #placard-overlay code,#placard-overlay pre{font-family:ui-monospace,Menlo,Consolas,monospace;\
        font-size:.9rem}\
        #placard-overlay .placard-location{color:#ffd479}\
        #placard-overlay pre{margin:.5rem 0 0;overflow-x:auto;white-space:pre}\
        #placard-overlay button{min-height:44px;padding:.5rem 1rem;border:1px solid #f4f4f4;border-radius:4px;\
        cursor:pointer}
        """

    /// Escapes text for HTML; control characters other than tab and line feed become U+FFFD.
    static func escape(_ text: String) -> String {
        var visible = String.UnicodeScalarView()
        visible.append(
            contentsOf: text.unicodeScalars.map { scalar in
                let control = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                return control && scalar != "\t" && scalar != "\n" ? "\u{FFFD}" : scalar
            })
        return HTML.escapeAttribute(String(visible))
    }
}
