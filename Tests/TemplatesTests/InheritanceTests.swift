import Templates
import Testing

@Suite struct InheritanceTests {
    static let base = """
        <title>{{title}}{{$suffix}} · site{{/suffix}}</title>
        {{$head}}
        {{/head}}
        <main>
        {{$content}}
        {{/content}}
        </main>

        """

    @Test func aPageFillsItsLayoutsBlocksAndKeepsTheOthersDefaults() throws {
        let page = "{{<base}}\n{{$content}}\n<p>{{body}}</p>\n{{/content}}\n{{/base}}\n"
        #expect(
            try render(page, #"{"title": "T", "body": "B"}"#, partials: ["base": Self.base])
                == "<title>T · site</title>\n<main>\n<p>B</p>\n</main>\n")
    }

    @Test func anEmptyBlockReplacesTheDefault() throws {
        let page = "{{<base}}\n{{$suffix}}{{/suffix}}\n{{$head}}\n<meta>\n{{/head}}\n{{/base}}\n"
        #expect(
            try render(page, #"{"title": "T"}"#, partials: ["base": Self.base])
                == "<title>T</title>\n<meta>\n<main>\n</main>\n")
    }

    @Test func theOutermostReplacementWins() throws {
        let partials = ["middle": "{{<base}}{{$b}}middle{{/b}}{{/base}}", "base": "[{{$b}}base{{/b}}]"]
        #expect(try render("{{<middle}}{{$b}}page{{/b}}{{/middle}}", partials: partials) == "[page]")
        #expect(try render("{{<middle}}{{/middle}}", partials: partials) == "[middle]")
    }

    @Test func aBlocksIndentationIsReplacedByTheIndentationWhereItIsExpanded() throws {
        let partials = ["base": "<div>\n    {{$b}}\n    <p>default</p>\n    {{/b}}\n</div>\n"]
        let page = "{{<base}}\n  {{$b}}\n  <p>one</p>\n  <p>two</p>\n  {{/b}}\n{{/base}}\n"
        #expect(try render(page, partials: partials) == "<div>\n    <p>one</p>\n    <p>two</p>\n</div>\n")
        #expect(try render("{{<base}}{{/base}}", partials: partials) == "<div>\n    <p>default</p>\n</div>\n")
    }
}
