import CommonMark
import Testing

@Suite struct WalkTests {
    /// Records `enter kind` / `exit kind` lines, with text literals.
    private func events(
        _ markdown: String,
        action: (WalkEvent, borrowing Node) -> WalkAction = { _, _ in .continue }
    ) -> [String] {
        var events: [String] = []
        Document(markdown: markdown).walk { event, node in
            let literal = node.literal.map { " \"\($0)\"" } ?? ""
            events.append("\(event) \(node.kind)\(literal)")
            return action(event, node)
        }
        return events
    }

    @Test func reportsEnterAndExitInDocumentOrder() {
        #expect(
            events("# A\n\n- b *c*\n") == [
                "enter document",
                "enter heading",
                "enter text \"A\"",
                "exit heading",
                "enter list",
                "enter item",
                "enter paragraph",
                "enter text \"b \"",
                "enter emphasis",
                "enter text \"c\"",
                "exit emphasis",
                "exit paragraph",
                "exit item",
                "exit list",
                "exit document",
            ]
        )
    }

    @Test func skipsChildrenButStillReportsExit() {
        let events = events("a [b `c`](/u) d\n") { event, node in
            event == .enter && node.kind == .link ? .skipChildren : .continue
        }
        #expect(
            events == [
                "enter document",
                "enter paragraph",
                "enter text \"a \"",
                "enter link",
                "exit link",
                "enter text \" d\"",
                "exit paragraph",
                "exit document",
            ]
        )
    }

    @Test func stopsWhenAsked() {
        let events = events("a\n\nb\n") { _, node in node.kind == .text ? .stop : .continue }
        #expect(events == ["enter document", "enter paragraph", "enter text \"a\""])
    }

    @Test func findsTextOutsideCodeAndLinks() {
        let document = Document(markdown: "call 1 `call 2` [call 3](/x) **call 4**\n\n```\ncall 5\n```\n")
        var found: [String] = []
        document.walk { event, node in
            if node.kind == .text, !node.isInside([.link, .image]), let literal = node.literal {
                found.append(literal)
            }
            return .continue
        }
        #expect(found == ["call 1 ", " ", " ", "call 4"])
    }

    @Test func exposesLinkImageAndHeadingFields() {
        let document = Document(markdown: "### H\n\n[l](/u \"T\") ![i](/p.png)\n")
        var fields: [String] = []
        document.walk { event, node in
            guard event == .enter else { return .continue }
            switch node.kind {
            case .heading: fields.append("h\(node.headingLevel ?? 0) \(node.plainText)")
            case .link, .image: fields.append("\(node.kind) \(node.url ?? "-") \(node.title ?? "-") \(node.plainText)")
            case .text: #expect(node.url == nil && node.headingLevel == nil)
            default: break
            }
            return .continue
        }
        #expect(fields == ["h3 H", "link /u T l", "image /p.png  i"])
    }

    @Test func exposesListFields() {
        let document = Document(markdown: "- a\n- b\n\n0. x\n\n1. y\n")
        var lists: [String] = []
        document.walk { event, node in
            if event == .enter, node.kind == .list {
                let start = node.listStart.map(String.init) ?? "-"
                lists.append("\(node.listType!) \(start) tight=\(node.isTightList!) items=\(node.childCount)")
            }
            return .continue
        }
        #expect(lists == ["bullet - tight=true items=2", "ordered 0 tight=false items=2"])
    }

    @Test func exposesCodeBlockFields() {
        let document = Document(markdown: "```swift title\nlet a = 1\n```\n\n    plain\n")
        var blocks: [String] = []
        document.walk { _, node in
            if node.kind == .codeBlock { blocks.append("\(node.fenceInfo!)|\(node.literal!)") }
            return .continue
        }
        #expect(blocks == ["swift title|let a = 1\n", "|plain\n"])
    }

    @Test func navigatesParentsAndSiblings() {
        let document = Document(markdown: "a *b* c\n")
        document.withRoot { root in
            #expect(root.kind == .document)
            #expect(root.withParent { $0.kind } == nil)
            root.withFirstChild { paragraph in
                #expect(paragraph.childCount == 3)
                #expect(paragraph.withLastChild { $0.literal } == " c")
                paragraph.withFirstChild { first in
                    #expect(first.withNextSibling { $0.kind } == .emphasis)
                    #expect(first.withPreviousSibling { $0.kind } == nil)
                    #expect(first.ancestorKinds == [.paragraph, .document])
                }
                var kinds: [NodeKind] = []
                paragraph.forEachChild { kinds.append($0.kind) }
                #expect(kinds == [.text, .emphasis, .text])
            }
        }
    }

    @Test func walksOneSubtree() {
        let document = Document(markdown: "x\n\n> a *b*\n")
        var events: [String] = []
        document.withRoot { root in
            root.withLastChild { quote in
                quote.walk { event, node in
                    events.append("\(event) \(node.kind)")
                    return .continue
                }
            }
        }
        #expect(
            events == [
                "enter blockQuote", "enter paragraph", "enter text", "enter emphasis", "enter text",
                "exit emphasis", "exit paragraph", "exit blockQuote",
            ]
        )
    }

    @Test func collectsPlainTextOfInlines() {
        let document = Document(markdown: "A *b* `c`\\\nd <i>e</i> [f](/g)\n")
        let text = document.withRoot { $0.withFirstChild { $0.plainText } }
        #expect(text == "A b c d e f")
    }

    @Test func mirrorsCmarkContainmentRules() {
        #expect(NodeKind.paragraph.canContain(.text))
        #expect(!NodeKind.paragraph.canContain(.paragraph))
        #expect(NodeKind.customBlock.canContain(.text) && NodeKind.customBlock.canContain(.list))
        #expect(!NodeKind.document.canContain(.item) && NodeKind.list.canContain(.item))
        #expect(!NodeKind.text.canContain(.text))
        #expect(NodeKind.allCases.filter(\.isLeaf).count == 8)
    }
}
