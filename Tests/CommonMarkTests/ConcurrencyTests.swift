import CommonMark
import Testing

@Suite struct ConcurrencyTests {
    static func markdown(_ i: Int) -> String {
        """
        # Post \(i)

        - item *\(i)* with [a link](/posts/\(i)/ "title \(i)")
        - "quoted" -- \(i)...

        \(String(repeating: "word\(i) ", count: i % 17))`code \(i)`

        > \(i % 2 == 0 ? "even" : "odd")
        """
    }

    static func render(_ i: Int) -> String {
        var document = Document(markdown: markdown(i), options: .smartPunctuation)
        document.rewrite { event, node, edits in
            if event == .enter, node.kind == .heading {
                edits.replace(node, keepingChildrenIn: .customBlock(enter: "<h1 id=\"p\(i)\">", exit: "</h1>"))
            }
            return .continue
        }
        return document.html()
    }

    @Test func parallelParsesMatchSerialParses() async {
        let count = 1_000
        let serial = (0..<count).map(Self.render)
        let parallel = await withTaskGroup(of: (Int, String).self) { group in
            for i in 0..<count {
                group.addTask { (i, Self.render(i)) }
            }
            var results = [String](repeating: "", count: count)
            for await (i, html) in group {
                results[i] = html
            }
            return results
        }
        #expect(parallel == serial)
        #expect(serial[3].contains("<h1 id=\"p3\">") && serial[3].contains("“quoted” – 3…"))
    }

    @Test func documentMovesToAnotherTask() async {
        let document = Document(markdown: "*moved*")
        let html = await Self.renderElsewhere(document)
        #expect(html == "<p><em>moved</em></p>\n")
    }

    @concurrent
    static func renderElsewhere(_ document: consuming sending Document) async -> String {
        document.html()
    }
}
