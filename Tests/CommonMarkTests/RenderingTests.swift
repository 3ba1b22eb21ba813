import CommonMark
import Testing

/// One Markdown input and the HTML the `cmark` 0.30.2 command-line tool printed for it.
struct RenderCase: Sendable, CustomTestStringConvertible {
    let name: String
    let markdown: String
    let parse: ParseOptions
    let render: RenderOptions
    let html: String

    init(_ name: String, _ markdown: String, parse: ParseOptions = [], render: RenderOptions = [], html: String) {
        self.name = name
        self.markdown = markdown
        self.parse = parse
        self.render = render
        self.html = html
    }

    var testDescription: String { name }
}

@Suite struct RenderingTests {
    /// Expected HTML recorded with `cmark [--smart|--hardbreaks|--nobreaks|--sourcepos]` (cmark 0.30.2).
    static let cases: [RenderCase] = [
        RenderCase(
            "atxHeading", "# Title\n",
            html: "<h1>Title</h1>\n"
        ),
        RenderCase(
            "headingWithEmphasis", "## Sub *em*\n",
            html: "<h2>Sub <em>em</em></h2>\n"
        ),
        RenderCase(
            "setextHeading", "Setext\n======\n",
            html: "<h1>Setext</h1>\n"
        ),
        RenderCase(
            "bulletList", "- a\n- b\n",
            html: "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"
        ),
        RenderCase(
            "orderedListWithStart", "3. x\n4. y\n",
            html: "<ol start=\"3\">\n<li>x</li>\n<li>y</li>\n</ol>\n"
        ),
        RenderCase(
            "looseOrderedList", "1. one\n\n2. two\n",
            html: "<ol>\n<li>\n<p>one</p>\n</li>\n<li>\n<p>two</p>\n</li>\n</ol>\n"
        ),
        RenderCase(
            "nestedList", "- a\n  - b\n",
            html: "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n"
        ),
        RenderCase(
            "emphasisAndStrong", "*em* and **strong** and ***both***\n",
            html: "<p><em>em</em> and <strong>strong</strong> and <em><strong>both</strong></em></p>\n"
        ),
        RenderCase(
            "link", "[link](http://x.com \"T\")\n",
            html: "<p><a href=\"http://x.com\" title=\"T\">link</a></p>\n"
        ),
        RenderCase(
            "image", "![alt *x*](/img.png \"T\")\n",
            html: "<p><img src=\"/img.png\" alt=\"alt x\" title=\"T\" /></p>\n"
        ),
        RenderCase(
            "inlineCode", "use `code` here\n",
            html: "<p>use <code>code</code> here</p>\n"
        ),
        RenderCase(
            "fencedCode", "```swift\nlet x = 1 < 2\n```\n",
            html: "<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>\n"
        ),
        RenderCase(
            "indentedCode", "    indented\n",
            html: "<pre><code>indented\n</code></pre>\n"
        ),
        RenderCase(
            "blockQuote", "> quote\n> more\n",
            html: "<blockquote>\n<p>quote\nmore</p>\n</blockquote>\n"
        ),
        RenderCase(
            "breaks", "a  \nb\nc\n",
            html: "<p>a<br />\nb\nc</p>\n"
        ),
        RenderCase(
            "thematicBreak", "***\n",
            html: "<hr />\n"
        ),
        RenderCase(
            "autolink", "<https://example.com/?a=1&b=2>\n",
            html: "<p><a href=\"https://example.com/?a=1&amp;b=2\">https://example.com/?a=1&amp;b=2</a></p>\n"
        ),
        RenderCase(
            "escaping", "it's & \"q\" 5 > 3\n",
            html: "<p>it's &amp; &quot;q&quot; 5 &gt; 3</p>\n"
        ),
        RenderCase(
            "smartQuotesAndDashes", "\"quotes\" -- dash --- em ... end\n", parse: .smartPunctuation,
            html: "<p>“quotes” – dash — em … end</p>\n"
        ),
        RenderCase(
            "smartApostrophes", "don't, '90s, rock 'n' roll, 'single'\n", parse: .smartPunctuation,
            html: "<p>don’t, ’90s, rock ‘n’ roll, ‘single’</p>\n"
        ),
        RenderCase(
            "smartOffKeepsStraightQuotes", "\"quotes\" -- dash ... it's\n",
            html: "<p>&quot;quotes&quot; -- dash ... it's</p>\n"
        ),
        RenderCase(
            "smartLeavesCodeAlone", "`\"x\" -- y` and \"z\"\n", parse: .smartPunctuation,
            html: "<p><code>&quot;x&quot; -- y</code> and “z”</p>\n"
        ),
        RenderCase(
            "hardBreaksOption", "a\nb\n", render: .hardBreaks,
            html: "<p>a<br />\nb</p>\n"
        ),
        RenderCase(
            "noBreaksOption", "a\nb\n", render: .noBreaks,
            html: "<p>a b</p>\n"
        ),
        RenderCase(
            "sourcePositionsOption", "# T\n\n- a\n", render: .sourcePositions,
            html: """
                <h1 data-sourcepos="1:1-1:3">T</h1>
                <ul data-sourcepos="3:1-3:3">
                <li data-sourcepos="3:1-3:3">a</li>
                </ul>

                """
        ),
    ]

    @Test(arguments: cases)
    func rendersLikeCmarkCommandLineTool(_ test: RenderCase) {
        let document = Document(markdown: test.markdown, options: test.parse)
        #expect(document.html(test.render) == test.html)
    }

    @Test func rendersEmptyInputAsEmptyString() {
        #expect(Document(markdown: "").html() == "")
    }

    @Test func rendersOneSubtree() {
        let document = Document(markdown: "# Title\n\n> quoted *text*\n\nlast\n")
        let quote = document.withRoot { root in root.withFirstChild { $0.withNextSibling { $0.html() } } }
        #expect(quote == "<blockquote>\n<p>quoted <em>text</em></p>\n</blockquote>\n")
    }

    @Test func rendersOneInlineSubtree() {
        let document = Document(markdown: "a *b [c](/d)* e\n")
        var html: [String] = []
        document.walk { event, node in
            if event == .enter, node.kind == .emphasis { html.append(node.html()) }
            return .continue
        }
        #expect(html == ["<em>b <a href=\"/d\">c</a></em>"])
    }
}
