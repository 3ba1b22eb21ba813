import CommonMark
import Testing

/// Expected HTML recorded with `cmark` and `cmark --unsafe` (cmark 0.30.2).
@Suite struct SafeModeTests {
    static let rawHTML = """
        Text with <span onclick="x()">inline</span> HTML.

        <div>
        <script>alert(1)</script>
        </div>

        """

    @Test func omitsRawHTMLByDefault() {
        let html = Document(markdown: Self.rawHTML).html()
        #expect(
            html == """
                <p>Text with <!-- raw HTML omitted -->inline<!-- raw HTML omitted --> HTML.</p>
                <!-- raw HTML omitted -->

                """
        )
        #expect(!html.contains("<script"))
    }

    @Test func passesRawHTMLWhenAllowed() {
        #expect(
            Document(markdown: Self.rawHTML).html(.allowRawHTML) == """
                <p>Text with <span onclick="x()">inline</span> HTML.</p>
                <div>
                <script>alert(1)</script>
                </div>

                """
        )
    }

    @Test func emptiesUnsafeURLsByDefault() {
        let markdown = """
            [a](javascript:alert(1)) [b](VBScript:x) [c](data:text/html,x) ![d](data:image/png;base64,AA) \
            [e](file:///etc/passwd) ![f](javascript:x)
            """
        #expect(
            Document(markdown: markdown).html() == """
                <p><a href="">a</a> <a href="">b</a> <a href="">c</a> <img src="data:image/png;base64,AA" alt="d" /> \
                <a href="">e</a> <img src="" alt="f" /></p>

                """
        )
    }

    @Test func keepsUnsafeURLsWhenRawHTMLAllowed() {
        let document = Document(markdown: "[a](javascript:alert(1)) ![f](data:text/html,x)")
        #expect(
            document.html(.allowRawHTML)
                == "<p><a href=\"javascript:alert(1)\">a</a> <img src=\"data:text/html,x\" alt=\"f\" /></p>\n"
        )
    }

    @Test func emitsCustomNodeHTMLInSafeMode() {
        var document = Document(markdown: "Hello\n")
        document.rewrite { event, node, edits in
            if node.kind == .text {
                edits.replace(node, with: [.customInline(enter: "<mark>", exit: "</mark>", children: [.text("Hi")])])
            }
            if event == .exit, node.kind == .document {
                edits.wrapChildren(of: node, in: .customBlock(enter: "<section>", exit: "</section>"))
            }
            return .continue
        }
        #expect(document.html() == "<section>\n<p><mark>Hi</mark></p>\n</section>\n")
    }

    @Test func emptiesUnsafeURLOfCreatedLinkInSafeMode() {
        var document = Document(markdown: "x\n")
        document.rewrite { _, node, edits in
            if node.kind == .text { edits.replace(node, with: [.link(url: "javascript:x()", children: [.text("x")])]) }
            return .continue
        }
        #expect(document.html() == "<p><a href=\"\">x</a></p>\n")
    }
}
