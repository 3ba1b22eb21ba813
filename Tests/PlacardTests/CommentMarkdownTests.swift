import Testing

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
        #expect(CommentMarkdown.convert("<em>a</em> <a href=\"x>y <b>z</b>") == "*a* \\<a href=\"x\\>y \\<b\\>z\\</b\\>")
        #expect(CommentMarkdown.convert("see <a href=x") == "see \\<a href=x")
    }

    @Test func readsTheContentOfScriptsAndTextareasAsText() {
        #expect(CommentMarkdown.convert("<script>alert(1)</script><textarea><b>x</b></textarea>") == "alert(1)**x**")
    }

    @Test func readsAttributesAsABrowserDoes() {
        #expect(CommentMarkdown.convert("<A HREF='https://a.example/?x=1&amp;y' href=https://b.example>l</A>")
            == "[l](<https://a.example/?x=1&y>)")
    }
}
