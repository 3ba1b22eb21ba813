import Templates
import Testing

@Suite struct InterpolationTests {
    @Test func escapesTheFiveCharactersSwiftMustacheEscapes() throws {
        #expect(
            try render("{{a}}|{{{a}}}|{{& a}}", #"{"a": "Tom & \"Jerry's\" <b>"}"#)
                == #"Tom &amp; &quot;Jerry&#39;s&quot; &lt;b&gt;|Tom & "Jerry's" <b>|Tom & "Jerry's" <b>"#)
    }

    @Test func printsNumbersAndFlagsAndNothingForMissingValuesListsOrObjects() throws {
        #expect(
            try render(
                "[{{n}}][{{m}}][{{t}}][{{f}}][{{x}}][{{l}}][{{o}}]",
                #"{"n": 42, "m": -7, "t": true, "f": false, "l": [1], "o": {"a": 1}}"#)
                == "[42][-7][true][false][][][]")
    }

    @Test func looksANameUpTheContextStackAndADottedNameFromItsFirstPart() throws {
        let json = #"{"title": "page", "site": {"title": "site"}, "post": {"title": "post", "author": {}}}"#
        #expect(
            try render("{{#post}}{{title}} {{site.title}} {{author.title}}|{{post.author.name}}{{/post}}", json)
                == "post site |")
    }

    @Test func aLeadingDotLooksOnlyInTheCurrentObject() throws {
        let json = #"{"latest": "outer", "posts": [{"latest": "mine"}, {}]}"#
        #expect(try render("{{#posts}}[{{latest}}/{{.latest}}]{{/posts}}", json) == "[mine/mine][outer/]")
    }

    @Test func aDotIsTheCurrentValue() throws {
        #expect(try render("{{#list}}<{{.}}>{{/list}}", #"{"list": ["a", "&", 3]}"#) == "<a><&amp;><3>")
    }

    @Test func customTextIsWrittenByTheHostEscapedOrNot() throws {
        struct Shout: TemplateText {
            var isEmpty: Bool { false }
            func write(to output: inout TemplateOutput, escaped: Bool) { output.append("<HI>", escaped: escaped) }
        }
        struct Root: TemplateContext {
            func value(for key: Int) -> TemplateValue { key == 0 ? .custom(Shout()) : .missing }
        }
        let library = TemplateLibrary(keys: ["shout"], templates: [("main", "{{shout}} {{{shout}}} {{other}}")])
        var output = TemplateOutput()
        try library.render("main", .object(Root()), into: &output)
        #expect(output.withBytes { String(decoding: $0, as: UTF8.self) } == "&lt;HI&gt; <HI> ")
        #expect(library.key("shout") == 0)
        #expect(library.key("other") == 1)
    }

    @Test func writesNumbersOfEveryMagnitude() {
        var output = TemplateOutput(capacity: 1)
        for number in [0, 7, -1, 1_000_000, Int.max, Int.min] {
            output.append(number)
            output.append(" ")
        }
        #expect(
            output.withBytes { String(decoding: $0, as: UTF8.self) }
                == "0 7 -1 1000000 \(Int.max) \(Int.min) ")
    }
}
