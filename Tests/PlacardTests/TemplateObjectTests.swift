import Mustache
import Testing

@testable import Placard

/// Contexts are wrapped in ``TemplateObject`` before rendering, for speed; templates must not tell the difference.
@Suite struct TemplateObjectTests {
    @Test func rendersAsTheDictionaryWould() throws {
        let template = try MustacheTemplate(
            string: """
                {{#sorted(tags)}}{{.}},{{/sorted(tags)}}|{{count(author)}}|{{#items}}{{name}}{{#first()}}!{{/first()}}\
                {{#nested}}<{{title}}>{{/nested}}{{/items}}|{{#author}}{{name}} {{url}}{{/author}}|{{author.name}}|\
                {{^missing}}none{{/missing}}|{{#empty(list)}}empty{{/empty(list)}}|{{#mixed}}[{{.}}{{k}}]{{/mixed}}|\
                {{#items}}{{title}}{{/items}}
                """)
        let context: [String: Any] = [
            "tags": ["b", "c", "a"], "author": ["name": "Ann", "url": "https://example.org/"],
            "items": [["name": "x", "nested": ["title": "deep"]], ["name": "y"]], "list": [String](),
            "mixed": ["text", ["k": "v"]], "title": "outer",
        ]
        let wrapped = template.render(TemplateObject.wrap(context))
        #expect(wrapped == template.render(context))
        #expect(
            wrapped
                == "a,b,c,|2|x!<deep>y|Ann https://example.org/|Ann|none|empty|[text][[&quot;k&quot;: &quot;v&quot;]v]|outerouter"
        )
    }
}
