import Testing

@testable import Templates

/// A template that includes itself with no end is found before rendering when the inclusion is unconditional, and
/// stopped at a depth limit when data keeps it going; recursion that data ends renders.
@Suite struct RecursionTests {
    @Test func findsAPartialThatAlwaysIncludesItself() throws {
        let library = try compile("{{> a}}", partials: ["a": "x\n{{> a}}", "b": "{{#list}}{{> b}}{{/list}}"])
        #expect(
            library.cycles == [TemplateLibrary.Cycle(kind: .partial, site: site(library, "a", 2), path: ["a", "a"])])
    }

    @Test func findsPartialsThatIncludeEachOther() throws {
        let library = try compile("{{> a}}", partials: ["a": "{{> b}}", "b": "{{#x}}{{/x}}{{> a}}"])
        #expect(library.cycles.map(\.path) == [["a", "b", "a"], ["b", "a", "b"]])
    }

    @Test func findsALayoutThatInheritsItself() throws {
        let library = try compile("{{<base}}{{/base}}", partials: ["base": "<html>{{<base}}{{$x}}{{/x}}{{/base}}"])
        #expect(library.cycles.map(\.path) == [["base", "base"]])
        #expect(library.cycles.map(\.kind) == [.parent])
    }

    @Test func leavesRecursionInsideASectionOrABlockToTheData() throws {
        let partials = ["c": "{{#replies}}{{> c}}{{/replies}}", "d": "{{$b}}{{> d}}{{/b}}"]
        #expect(try compile("{{> c}}{{> d}}", partials: partials).cycles.isEmpty)
    }

    @Test func stopsAtTheDepthLimitWithTheTagAndTheLoop() throws {
        let library = try compile("{{> a}}", partials: ["a": "{{#on}}{{> b}}{{/on}}", "b": "\n {{> a}}"])
        #expect(library.cycles.isEmpty)
        #expect(throws: TemplateRenderError(site: site(library, "b", 2), chain: ["a", "b", "a"])) {
            try render(library, #"{"on": true}"#)
        }
        #expect(try render(library, #"{"on": false}"#) == "")
    }

    @Test func rendersRecursionUpToTheLimit() throws {
        /// Data that nests the partial `levels` deep.
        func nested(_ levels: Int) -> String {
            (1..<levels).reduce(#"{"r": []}"#) { json, _ in #"{"r": [\#(json)]}"# }
        }
        let library = try compile("{{> c}}", partials: ["c": "({{#r}}{{> c}}{{/r}})"])
        let limit = TemplateRenderError.depthLimit
        #expect(
            try render(library, nested(limit)) == String(repeating: "(", count: limit)
                + String(repeating: ")", count: limit))
        #expect(throws: TemplateRenderError.self) { try render(library, nested(limit + 1)) }
    }

    private func site(_ library: TemplateLibrary, _ template: String, _ offset: Int) -> TemplateSite {
        library.inclusions.first { library.name(of: $0.site.template) == template && $0.site.offset == offset }!.site
    }
}
