import Foundation
import Markup
import Testing

@testable import Placard
@testable import PlacardImport

/// Imported comment HTML read with the page scanner one tag at a time: what a browser would hide is dropped, what
/// is not a tag is text, and nothing a commenter typed turns into markup.
@Suite struct CommentMarkdownTests {
    @Test func dropsHTMLCommentsAsABrowserShowsNothingOfThem() {
        #expect(CommentMarkdown.convert("a <!-- hidden <b>x</b> --><em>b</em>") == "a *b*")
        #expect(CommentMarkdown.convert("a<!---->b<!-->c") == "abc")
        #expect(CommentMarkdown.convert("kept <!-- never closed <b>x</b>") == "kept")
    }

    @Test func keepsALessThanSignThatStartsNoTagAsText() {
        #expect(CommentMarkdown.convert("1 < 2 and <3 and </ 3> <b>x</b>") == "1 \\< 2 and \\<3 and \\</ 3\\> **x**")
        #expect(CommentMarkdown.convert("<?php echo ?> <!DOCTYPE x>") == "\\<?php echo ?\\> \\<!DOCTYPE x\\>")
    }

    @Test func keepsATagCutOffByTheEndAsTextWithAllThatFollows() {
        #expect(
            CommentMarkdown.convert("<em>a</em> <a href=\"x>y <b>z</b>") == "*a* \\<a href=\"x\\>y \\<b\\>z\\</b\\>")
        #expect(CommentMarkdown.convert("see <a href=x") == "see \\<a href=x")
    }

    @Test func readsTheContentOfScriptsAndTextareasAsText() {
        #expect(CommentMarkdown.convert("<script>alert(1)</script><textarea><b>x</b></textarea>") == "alert(1)**x**")
    }

    @Test func readsAttributesAsABrowserDoes() {
        #expect(
            CommentMarkdown.convert("<A HREF='https://a.example/?x=1&amp;y' href=https://b.example>l</A>")
                == "[l](<https://a.example/?x=1&y>)")
    }
}

/// The hostile vectors of scripts/check-xss, which writes them into comments.yml, here as imported comment HTML: what
/// the importer makes of each, once rendered, holds no element, attribute or link a commenter could not write in
/// Markdown (the renderer's own bare-URL and phone links and notes aside).
@Suite struct ImportedCommentVectorTests {
    static let allowed: Set = ["p", "br", "a", "em", "strong", "code", "pre", "blockquote", "small"]

    @Test func noVectorBecomesMarkupOnceImported() throws {
        let file = TestSite.repository + "/Tests/PlacardTests/Fixtures/xss/vectors.txt"
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        let vectors = lines.filter { !$0.hasPrefix(";;") && !$0.allSatisfy(\.isWhitespace) }.map(Self.decode)
        #expect(vectors.count > 300)
        let renderer = MarkdownRenderer(allowRawHTML: false)
        for vector in vectors {
            let html = renderer.commentHTML(CommentMarkdown.convert(vector))
            for token in HTMLScanner.tokens(in: html) {
                guard case .start(let tag) = token else { continue }
                #expect(Self.allowed.contains(tag.name), "<\(tag.name)> from \(vector.debugDescription)")
                for attribute in tag.attributes {
                    let safe =
                        attribute.name == "rel"
                        || attribute.name == "class" && ["bare-url", "tel", "tel-note"].contains(attribute.value)
                        || attribute.name == "href" && tag.name == "a"
                            && ["http", "https", "mailto", "tel", nil].contains(URLScheme.of(attribute.value))
                    #expect(safe, "\(attribute.name)=\(attribute.value) from \(vector.debugDescription)")
                }
            }
        }
    }

    /// A vector from its line: `\n`, `\r`, `\t`, `\0`, `\\` and `\u{HHHH}` escapes, as check-xss reads them.
    static func decode(_ line: Substring) -> String {
        var result = String.UnicodeScalarView()
        var rest = line.unicodeScalars[...]
        let simple: [Unicode.Scalar: Unicode.Scalar] = ["n": "\n", "r": "\r", "t": "\t", "0": "\0", "\\": "\\"]
        while let scalar = rest.popFirst() {
            guard scalar == "\\", let next = rest.first else {
                result.append(scalar)
                continue
            }
            if let escaped = simple[next] {
                result.append(escaped)
                rest = rest.dropFirst()
            } else if next == "u", rest.dropFirst().first == "{", let close = rest.firstIndex(of: "}"),
                let value = UInt32(
                    String(String.UnicodeScalarView(rest[rest.index(rest.startIndex, offsetBy: 2)..<close])), radix: 16)
            {
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                rest = rest[rest.index(after: close)...]
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Titles, excerpts and author names are read the same way, as plain text.
    @Test func plainTextReadsTagsAsABrowserDoes() {
        #expect(PostHTML.plainText("Tom &amp; Jerry <em>live</em>") == "Tom & Jerry live")
        #expect(PostHTML.plainText("1 < 2 and 3 > 2") == "1 < 2 and 3 > 2")
        #expect(PostHTML.plainText("a<br>b <!-- note -->c") == "a b c")
        #expect(PostHTML.plainText("<a title=\"x > y\">Link</a>") == "Link")
    }
}
