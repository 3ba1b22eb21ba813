import Templates
import Testing

@Suite struct SectionTests {
    /// Only `false`, missing values and empty lists are false; an empty string and 0 are true, as in swift-mustache.
    @Test func rendersForEveryValueButFalseMissingAndEmptyLists() throws {
        let json = #"{"t": true, "f": false, "e": "", "z": 0, "l": [], "o": {}}"#
        #expect(
            try render(
                "{{#t}}t{{/t}}{{#f}}f{{/f}}{{#e}}e{{/e}}{{#z}}z{{/z}}{{#l}}l{{/l}}{{#o}}o{{/o}}{{#m}}m{{/m}}", json)
                == "tezo")
        #expect(
            try render(
                "{{^t}}t{{/t}}{{^f}}f{{/f}}{{^e}}e{{/e}}{{^z}}z{{/z}}{{^l}}l{{/l}}{{^o}}o{{/o}}{{^m}}m{{/m}}", json)
                == "flm")
    }

    @Test func rendersOncePerElementWithTheElementOnTheStack() throws {
        let json = #"{"name": "outer", "people": [{"name": "a"}, {"name": "b"}, {}]}"#
        #expect(try render("{{#people}}{{name}},{{/people}}", json) == "a,b,outer,")
    }

    @Test func aStandaloneSectionTagTakesItsLine() throws {
        #expect(
            try render("<ul>\n  {{#l}}\n  <li>{{.}}</li>\n  {{/l}}\n</ul>\n", #"{"l": [1, 2]}"#)
                == "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n")
        #expect(try render("a {{#t}}\nb\n{{/t}} c\n", #"{"t": true}"#) == "a \nb\n c\n")
        #expect(try render("a\r\n{{#t}}\r\nb\r\n{{/t}}\r\n", #"{"t": true}"#) == "a\r\nb\r\n")
    }

    @Test func commentsAndDelimiterChangesRenderNothing() throws {
        #expect(
            try render("a{{! note }}b\n  {{! alone }}\nc{{=<% %>=}}<%x%>{{x}}<%={{ }}=%>{{x}}", #"{"x": 1}"#)
                == "ab\nc1{{x}}1")
    }
}
