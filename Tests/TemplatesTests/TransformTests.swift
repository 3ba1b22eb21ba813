import Templates
import Testing

@Suite struct TransformTests {
    @Test func listTransforms() throws {
        let json = #"{"l": ["b", "c", "a"], "n": [3, 1, 2], "e": [], "o": [{"x": 1}, {"x": 2}]}"#
        #expect(try render("{{count(l)}} {{first(l)}} {{last(l)}} {{count(e)}} {{first(e)}}", json) == "3 b a 0 ")
        #expect(
            try render("{{#reversed(l)}}{{.}}{{/reversed(l)}} {{#sorted(l)}}{{.}}{{/sorted(l)}}", json) == "acb abc")
        #expect(try render("{{#sorted(n)}}{{.}}{{/sorted(n)}}{{#sorted(o)}}x{{/sorted(o)}}", json) == "123")
        #expect(
            try render("{{#empty(e)}}E{{/empty(e)}}{{^empty(l)}}L{{/empty(l)}}{{#first(o)}}{{x}}{{/first(o)}}", json)
                == "EL1")
    }

    @Test func textTransforms() throws {
        let json = #"{"s": "hello wORLD", "e": ""}"#
        #expect(
            try render("{{uppercased(s)}}|{{lowercased(s)}}|{{capitalized(s)}}|{{reversed(s)}}", json)
                == "HELLO WORLD|hello world|Hello World|DLROw olleh")
        #expect(try render("{{#empty(e)}}empty{{/empty(e)}}{{^empty(s)}} full{{/empty(s)}}", json) == "empty full")
    }

    @Test func numberTransformsApplyInnermostFirst() throws {
        let json = #"{"z": 0, "n": 5}"#
        #expect(
            try render(
                "{{plusone(n)}} {{minusone(n)}} {{plusone(plusone(n))}} {{equalzero(z)}} {{even(n)}} {{odd(n)}}", json)
                == "6 4 7 true false true")
    }

    @Test func thePositionInTheListBeingIterated() throws {
        let template = "{{#l}}{{index()}}{{#first()}}F{{/first()}}{{^last()}},{{/last()}}{{#even()}}e{{/even()}}{{/l}}"
        let rendered = try render(template, #"{"l": ["a", "b", "c"]}"#)
        #expect(rendered == "0F,e1,2e")
        #expect(try render("{{#l}}{{plusone(index())}}{{/l}}{{first()}}", #"{"l": [1, 1]}"#) == "12")
    }

    @Test func aTransformThatDoesNotApplyGivesNothing() throws {
        #expect(
            try render("[{{count(s)}}][{{uppercased(n)}}][{{first(o)}}]", #"{"s": "x", "n": 1, "o": {}}"#) == "[][][]")
    }
}
