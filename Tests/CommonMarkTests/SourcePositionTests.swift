import CommonMark
import Testing

/// Expected positions recorded with `cmark --to xml --sourcepos` (cmark 0.30.2).
@Suite struct SourcePositionTests {
    static let markdown = "# Title\n\nSome paragraph\nover two lines.\n\n- first\n- second\n  continued\n"

    private func ranges(of kind: NodeKind) -> [String] {
        var ranges: [String] = []
        Document(markdown: Self.markdown).walk { event, node in
            if event == .enter, node.kind == kind { ranges.append(node.sourceRange?.description ?? "none") }
            return .continue
        }
        return ranges
    }

    @Test func locatesHeading() {
        #expect(ranges(of: .heading) == ["1:1-1:7"])
    }

    @Test func locatesParagraphsAcrossLines() {
        #expect(ranges(of: .paragraph) == ["3:1-4:15", "6:3-6:7", "7:3-8:11"])
    }

    @Test func locatesListItems() {
        #expect(ranges(of: .item) == ["6:1-6:7", "7:1-8:11"])
        #expect(ranges(of: .list) == ["6:1-8:11"])
    }

    @Test func exposesLineAndColumn() {
        var start: SourcePosition?
        Document(markdown: Self.markdown).walk { _, node in
            if node.kind == .item, start == nil { start = node.sourceRange?.start }
            return .continue
        }
        #expect(start == SourcePosition(line: 6, column: 1))
    }

    @Test func hasNoPositionForCreatedNodes() {
        var document = Document(markdown: "a\n")
        document.rewrite { _, node, edits in
            if node.kind == .text { edits.insert([.text("b")], after: node) }
            return .continue
        }
        var ranges: [SourceRange?] = []
        document.walk { _, node in
            if node.kind == .text { ranges.append(node.sourceRange) }
            return .continue
        }
        #expect(ranges.count == 2)
        #expect(ranges.last == .some(nil))
    }
}
