import Foundation
import Testing

@testable import Placard

@Suite struct StatusLabelTests {
    @Test(arguments: ["NEW", "UPDATED", "DEVELOPING", "ENDED"])
    func labelsAListItemStartingWithEachWord(word: String) {
        let html = renderPost("- \(word): Call your senator.\n- Write a letter.")
        #expect(
            html.contains("<strong class=\"label label-\(word.lowercased())\">\(word)</strong>: Call your senator."))
        #expect(html.occurrences(of: "class=\"label ") == 1)
    }

    @Test(arguments: ["NEW", "UPDATED", "DEVELOPING", "ENDED"])
    func keepsTheDateInsideTheLabel(word: String) {
        let html = renderPost("1. \(word) (5/29): Call your senator.")
        #expect(html.contains("<strong class=\"label label-\(word.lowercased())\">\(word) (5/29)</strong>: Call"))
    }

    @Test func labelsAParagraph() {
        let html = renderPost("Intro.\n\nUPDATED (June 15): The march moved to Saturday.")
        #expect(
            html.contains(
                "<p><strong class=\"label label-updated\">UPDATED (June 15)</strong>: The march moved to Saturday.</p>")
        )
    }

    @Test func labelsItemsOfNestedLists() {
        let html = renderPost(
            """
            1. Contact your representatives.
               - NEW: By phone.
                 * DEVELOPING (6/14): Marches.
            2. NEW: Sign the petition.
            """)
        #expect(html.contains("<li><strong class=\"label label-new\">NEW</strong>: By phone."))
        #expect(html.contains("<li><strong class=\"label label-developing\">DEVELOPING (6/14)</strong>: Marches."))
        #expect(html.contains("<li><strong class=\"label label-new\">NEW</strong>: Sign the petition.</li>"))
        #expect(html.occurrences(of: "class=\"label ") == 3)
    }

    @Test(arguments: [
        "- This is NEW: not a label.", "- New: written in lower case.", "- NEWS: another word.",
        "- NEW:no space after the colon.", "- NEW without a colon.", "- `NEW:` in code.", "## NEW: a heading",
        "- (NEW): in parentheses.", "- NEW (an unclosed date: here", "- [NEW: a link](https://example.org/)",
        "Text.\nNEW: on the second line of a paragraph.",
    ])
    func labelsOnlyAtTheStartOfAnItemOrParagraph(markdown: String) {
        #expect(!renderPost(markdown).contains("class=\"label"))
    }

    @Test func acceptsTheWordInBold() {
        #expect(
            renderPost("- **NEW:** Call.").contains("<li><strong class=\"label label-new\">NEW</strong>: Call.</li>"))
        #expect(
            renderPost("- **NEW**: Call.").contains("<li><strong class=\"label label-new\">NEW</strong>: Call.</li>"))
        #expect(!renderPost("- **NEW** Call.").contains("class=\"label"))
    }

    @Test func usesTheWordsOfTheSiteConfiguration() {
        let renderer = MarkdownRenderer(allowRawHTML: false, labels: ["URGENT", "ENDED"])
        let html = renderPost("- URGENT: Call now.\n- NEW: Not a label here.", renderer)
        #expect(html.contains("<strong class=\"label label-urgent\">URGENT</strong>: Call now."))
        #expect(html.contains("<li>NEW: Not a label here.</li>"))
        #expect(!renderPost("- NEW: Call.", MarkdownRenderer(allowRawHTML: false, labels: [])).contains("label"))
    }

    @Test func keepsAnEndedItemOfATightListAndMarksIt() {
        let html = renderPost("- ENDED: The June 14 march.\n  - Its route.\n- NEW: Sign.")
        #expect(
            html.contains(
                "<li>\n<div class=\"status-ended\">\n<strong class=\"label label-ended\">ENDED</strong>: "
                    + "The June 14 march.\n<ul>\n<li>Its route.</li>\n</ul>\n</div>\n</li>"))
        #expect(html.occurrences(of: "<li>") == 3)
    }

    @Test func keepsAnEndedItemOfALooseListAndMarksIt() {
        let html = renderPost("- ENDED: The march.\n\n- Sign.")
        #expect(
            html.contains(
                "<li>\n<div class=\"status-ended\">\n<p><strong class=\"label label-ended\">ENDED</strong>: "
                    + "The march.</p>\n</div>\n</li>"))
    }

    @Test func keepsAnEndedParagraphAndMarksIt() {
        let html = renderPost("ENDED (6/15): The call-in day.")
        #expect(
            html.contains(
                "<div class=\"status-ended\">\n<p><strong class=\"label label-ended\">ENDED (6/15)</strong>: "
                    + "The call-in day.</p>\n</div>"))
    }

    @Test func leavesCommentsUnlabelled() {
        #expect(renderComment("NEW: I called them.") == "<p>NEW: I called them.</p>\n")
    }

    @Test func labelsTheExamplePostsNewAndDevelopingItems() throws {
        let source = try String(
            contentsOfFile: TestSite.repository + "/content/posts/where-are-the-children/index.md", encoding: .utf8)
        let html = renderPost(source.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n"))
        #expect(html.occurrences(of: "<li><strong class=\"label label-new\">NEW</strong>: ") == 3)
        #expect(html.occurrences(of: "<li><strong class=\"label label-developing\">DEVELOPING</strong>: ") == 1)
    }
}
