import CommonMark
import Testing

@Suite struct EditTests {
    /// Applies `edit` to the first node of `kind` and returns the rendered document.
    private func html(
        _ markdown: String,
        editingFirst kind: NodeKind,
        _ edit: (borrowing Node, inout Edits) -> Void
    ) -> String {
        var document = Document(markdown: markdown)
        var done = false
        document.rewrite { event, node, edits in
            guard event == .enter, node.kind == kind, !done else { return .continue }
            done = true
            edit(node, &edits)
            return .continue
        }
        return document.html()
    }

    @Test func insertsNodesBeforeANode() {
        let html = html("a *b* c\n", editingFirst: .emphasis) { node, edits in
            edits.insert([.text("1"), .strong([.text("2")])], before: node)
        }
        #expect(html == "<p>a 1<strong>2</strong><em>b</em> c</p>\n")
    }

    @Test func insertsNodesAfterANodeInOrder() {
        let html = html("a *b* c\n", editingFirst: .emphasis) { node, edits in
            edits.insert([.text("1"), .code("2"), .text("3")], after: node)
        }
        #expect(html == "<p>a <em>b</em>1<code>2</code>3 c</p>\n")
    }

    @Test func insertsBlocksNextToABlock() {
        let html = html("# T\n\ntext\n", editingFirst: .heading) { node, edits in
            edits.insert([.paragraph([.text("before")])], before: node)
            edits.insert([.customBlock(enter: "<hr class=\"x\">", exit: "")], after: node)
        }
        #expect(html == "<p>before</p>\n<h1>T</h1>\n<hr class=\"x\">\n<p>text</p>\n")
    }

    @Test func removesANodeAndItsChildren() {
        let html = html("a *b **c*** d\n\n- x\n- y\n", editingFirst: .emphasis) { node, edits in
            edits.remove(node)
        }
        #expect(html == "<p>a  d</p>\n<ul>\n<li>x</li>\n<li>y</li>\n</ul>\n")
    }

    @Test func removesABlock() {
        let html = html("- x\n- y\n\nz\n", editingFirst: .item) { node, edits in
            edits.remove(node)
        }
        #expect(html == "<ul>\n<li>y</li>\n</ul>\n<p>z</p>\n")
    }

    @Test func replacesPhoneNumberTextByTelLink() {
        let html = html("call 1-866-DHS-2-ICE now\n", editingFirst: .text) { node, edits in
            edits.replace(
                node,
                with: [
                    .text("call "),
                    .customInline(
                        enter: "<a href=\"tel:+18663472423\">",
                        exit: "</a>",
                        children: [.text("1-866-DHS-2-ICE")]
                    ),
                    .text(" now"),
                ]
            )
        }
        #expect(html == "<p>call <a href=\"tel:+18663472423\">1-866-DHS-2-ICE</a> now</p>\n")
    }

    @Test func replacesTextByALinkNode() {
        let html = html("see https://x.org/?a&b\n", editingFirst: .text) { node, edits in
            let url = "https://x.org/?a&b"
            edits.replace(node, with: [.text("see "), .link(url: url, title: "X \"org\"", children: [.text(url)])])
        }
        #expect(
            html == """
                <p>see <a href="https://x.org/?a&amp;b" title="X &quot;org&quot;">https://x.org/?a&amp;b</a></p>

                """
        )
    }

    @Test func wrapsLabelWordOfListItemInCustomInline() {
        var document = Document(markdown: "- NEW: foo\n- bar\n")
        document.rewrite { event, item, edits in
            guard event == .enter, item.kind == .item else { return .continue }
            item.withFirstChild { paragraph in
                paragraph.withFirstChild { text in
                    guard text.kind == .text, let literal = text.literal, literal.hasPrefix("NEW:") else { return }
                    edits.replace(
                        text,
                        with: [
                            .customInline(
                                enter: "<strong class=\"label label-new\">",
                                exit: "</strong>",
                                children: [.text("NEW")]
                            ),
                            .text(String(literal.dropFirst(3))),
                        ]
                    )
                }
            }
            return .skipChildren
        }
        #expect(
            document.html() == """
                <ul>
                <li><strong class="label label-new">NEW</strong>: foo</li>
                <li>bar</li>
                </ul>

                """
        )
    }

    @Test func replacesHeadingByCustomBlockKeepingItsChildren() {
        let html = html("## What *happened*\n\nText\n", editingFirst: .heading) { node, edits in
            let level = node.headingLevel ?? 1
            edits.replace(
                node,
                keepingChildrenIn: .customBlock(enter: "<h\(level) id=\"what-happened\">", exit: "</h\(level)>")
            )
        }
        // cmark puts a custom block's enter and exit HTML on lines of their own.
        #expect(html == "<h2 id=\"what-happened\">\nWhat <em>happened</em>\n</h2>\n<p>Text</p>\n")
    }

    @Test func replacesHeadingByCustomBlockAroundCustomInlineOnOneLine() {
        let html = html("## What *happened*\n\nText\n", editingFirst: .heading) { node, edits in
            edits.wrapChildren(of: node, in: .customInline(enter: "<h2 id=\"what-happened\">", exit: "</h2>"))
            edits.replace(node, keepingChildrenIn: .customBlock(enter: "", exit: ""))
        }
        #expect(html == "<h2 id=\"what-happened\">What <em>happened</em></h2>\n<p>Text</p>\n")
    }

    @Test func wrapsANodeInACustomInline() {
        let html = html("a **b** c\n", editingFirst: .strong) { node, edits in
            edits.wrap(node, in: .customInline(enter: "<span class=\"s\">", exit: "</span>", children: [.text(">")]))
        }
        #expect(html == "<p>a <span class=\"s\">&gt;<strong>b</strong></span> c</p>\n")
    }

    @Test func wrapsChildrenOfANodeInACustomInline() {
        let html = html("[x *y*](/u)\n", editingFirst: .link) { node, edits in
            edits.wrapChildren(of: node, in: .customInline(enter: "<span>", exit: "</span>"))
        }
        #expect(html == "<p><a href=\"/u\"><span>x <em>y</em></span></a></p>\n")
    }

    @Test func turnsImageIntoLinkKeepingAltText() {
        let html = html("![a *cat*](/cat.png)\n", editingFirst: .image) { node, edits in
            edits.replace(node, keepingChildrenIn: .link(url: node.url ?? "", title: node.title ?? ""))
        }
        #expect(html == "<p><a href=\"/cat.png\">a <em>cat</em></a></p>\n")
    }

    @Test func appliesEditsInOrderAfterTheWalk() {
        var document = Document(markdown: "one two\n")
        var visitedTexts: [String] = []
        document.rewrite { event, node, edits in
            if node.kind == .text {
                visitedTexts.append(node.literal ?? "")
                edits.insert([.text("!")], after: node)
                edits.replace(node, with: [.text("one "), .emphasis([.text("two")])])
                edits.insert([.text("?")], after: node)  // dropped: the replace above removed the node
            }
            return .continue
        }
        #expect(visitedTexts == ["one two"])
        #expect(document.html() == "<p>one <em>two</em>!</p>\n")
    }

    @Test func dropsEditsOfNodesAnEarlierEditRemoved() {
        var document = Document(markdown: "a *b* c\n\nd\n")
        document.rewrite { event, node, edits in
            switch node.kind {
            case .emphasis where event == .enter:
                edits.remove(node)
                edits.remove(node)
                edits.insert([.text("x")], before: node)
                edits.replace(node, with: [.text("y")])
                edits.wrap(node, in: .strong([]))
            case .text where node.literal == "b":
                edits.replace(node, with: [.text("inside removed")])
            default:
                break
            }
            return .continue
        }
        #expect(document.html() == "<p>a  c</p>\n<p>d</p>\n")
    }

    @Test func appliesNoEditWhenVisitorThrows() {
        struct Stop: Error {}
        var document = Document(markdown: "a\n\nb\n")
        #expect(throws: Stop.self) {
            try document.rewrite { (event, node, edits) throws(Stop) -> WalkAction in
                if node.kind == .text, node.literal == "a" { edits.remove(node) }
                if node.kind == .text, node.literal == "b" { throw Stop() }
                return .continue
            }
        }
        #expect(document.html() == "<p>a</p>\n<p>b</p>\n")
    }

    @Test func countsRequestedEdits() {
        var document = Document(markdown: "a *b*\n")
        var count = 0
        document.rewrite { _, node, edits in
            if node.kind == .text { edits.insert([.text("-")], before: node) }
            count = edits.count
            return .continue
        }
        #expect(count == 2)
        #expect(document.html() == "<p>-a <em>-b</em></p>\n")
    }
}
