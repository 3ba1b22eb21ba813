import CommonMark
import Testing

/// Asking for a tree cmark cannot hold is a programming error: it traps when the edit is asked for.
@Suite struct EditMisuseTests {
    @Test func trapsWhenABlockGoesIntoAParagraph() async {
        await #expect(processExitsWith: .failure) {
            var document = Document(markdown: "text\n")
            document.rewrite { _, node, edits in
                if node.kind == .text { edits.insert([.paragraph([])], before: node) }
                return .continue
            }
        }
    }

    @Test func trapsWhenRemovingTheDocumentNode() async {
        await #expect(processExitsWith: .failure) {
            var document = Document(markdown: "text\n")
            document.rewrite { _, node, edits in
                edits.remove(node)
                return .stop
            }
        }
    }

    @Test func trapsWhenANodeOfAnotherDocumentIsEdited() async {
        await #expect(processExitsWith: .failure) {
            let other = Document(markdown: "other\n")
            var document = Document(markdown: "text\n")
            document.rewrite { _, _, edits in
                other.withRoot { root in root.withFirstChild { edits.remove($0) } }
                return .stop
            }
        }
    }

    @Test func trapsWhenChildrenDoNotFitTheNewContainer() async {
        await #expect(processExitsWith: .failure) {
            var document = Document(markdown: "- a\n")
            document.rewrite { _, node, edits in
                if node.kind == .list { edits.replace(node, keepingChildrenIn: .paragraph([])) }
                return .continue
            }
        }
    }
}
