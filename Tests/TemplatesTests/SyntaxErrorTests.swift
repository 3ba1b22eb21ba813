import Templates
import Testing

/// Every syntax error names what is wrong and where: the tag's line and column (in characters).
@Suite struct SyntaxErrorTests {
    func error(_ template: String) -> (reason: String, line: Int, column: Int)? {
        let library = TemplateLibrary(keys: [], templates: [("t", template)])
        guard let failure = library.failures.first else { return nil }
        let position = TemplatePosition(offset: failure.error.offset, in: template)
        return (failure.error.reason, position.line, position.column)
    }

    @Test func aSectionClosedWithAnotherName() {
        let found = error("<ul>\n{{#posts}}\n<li>{{title}}</li>\n{{/post}}\n")
        #expect(found?.reason == "a section is closed with another section's name")
        #expect(found?.line == 4)
        #expect(found?.column == 4)
    }

    @Test func aSectionNeverClosedIsReportedAtItsOpeningTag() {
        let found = error("a\n  é {{#post}}\n{{title}}\n")
        #expect(found?.reason == "a section is never closed ({{#post}} has no {{/post}})")
        #expect(found?.line == 2)
        #expect(found?.column == 5)
    }

    @Test func aTagThatIsNotClosed() {
        let found = error("<h1>{{title</h1>\n")
        #expect(found?.reason == "a tag is not closed with }}")
        #expect(found?.line == 1)
        #expect(found?.column == 5)
        #expect(error("x {{title")?.reason == "a tag is not closed with }}")
        #expect(error("{{{html}}")?.reason == "a tag is not closed with }}}")
        #expect(error("{{! never")?.column == 1)
    }

    @Test func otherMistakes() {
        #expect(error("{{/a}}")?.reason == "{{/a}} closes a section that was never opened")
        #expect(error("{{}}")?.reason == "a tag has no name")
        #expect(
            error("\n{{frist(l)}}")?.reason.hasPrefix("there is no transform 'frist' (there are first, last") == true)
        #expect(error("\n{{frist(l)}}")?.line == 2)
        #expect(error("{{=<% %>}}")?.reason == "invalid set-delimiter tag")
        #expect(
            error("{{$empty(x)}}{{/empty(x)}}")?.reason
                == "a transform is applied to an inheritance section or a partial")
        #expect(error("{{<base}}{{title}}{{/base}}")?.reason == "only {{$block}} sections may stand inside {{<layout}}")
        #expect(error("{{<base}}{{title}}{{/base}}")?.column == 10)
        #expect(error("{{% CONTENT_TYPE: TEXT }}")?.reason == "{{% }} tags are not supported")
        #expect(error("{{#a}}{{/a}} {{a}} {{{a}}} {{<b}}{{$c}}{{/c}}{{/b}} {{=| |=}}|x|") == nil)
    }

    @Test func countsColumnsInCharacters() {
        let found = error("<p>Déjà vu 👋🏽 {{{x}}}{{#x}}</p>\n")
        #expect(found?.column == 21)
    }
}
