import Templates
import Testing

@Suite struct PartialTests {
    @Test func aPartialRendersInPlaceWithTheSameContext() throws {
        #expect(try render("[{{> p}}]", #"{"x": 1}"#, partials: ["p": "x={{x}}"]) == "[x=1]")
    }

    /// The library renders a partial it does not have as nothing (the spec's rule); Placard checks references
    /// before it renders, from ``TemplateLibrary/inclusions``.
    @Test func aMissingPartialRendersNothingAndIsListed() throws {
        let library = try compile("a{{> nope}}b\n{{<layout}}{{/layout}}")
        #expect(try render(library) == "ab\n")
        #expect(library.inclusions.map(\.name) == ["nope", "layout"])
        #expect(library.inclusions.map(\.site.offset) == [1, 13])
        #expect(!library.contains("nope"))
    }

    @Test func aStandalonePartialIndentsEachLineOfItsTemplateButNotOfItsData() throws {
        let partials = ["p": "<li>\n{{{text}}}\n</li>\n"]
        #expect(
            try render("<ul>\n  {{> p}}\n</ul>\n", #"{"text": "a\nb"}"#, partials: partials)
                == "<ul>\n  <li>\n  a\nb\n  </li>\n</ul>\n")
    }

    @Test func aPartialMayIncludeItselfForDataThatEnds() throws {
        let json = #"{"name": "1", "replies": [{"name": "1.1", "replies": [{"name": "1.1.1", "replies": []}]}]}"#
        let partials = ["comment": "<{{name}}{{#replies}}{{> comment}}{{/replies}}>"]
        #expect(try render("{{> comment}}", json, partials: partials) == "<1<1.1<1.1.1>>>")
    }

    @Test func aPartialDoesNotSeeThePositionInTheListAroundIt() throws {
        let partials = ["p": "{{#first()}}F{{/first()}}"]
        #expect(
            try render("{{#l}}{{#first()}}f{{/first()}}{{> p}}{{/l}}", #"{"l": [1, 2]}"#, partials: partials) == "f")
    }
}
