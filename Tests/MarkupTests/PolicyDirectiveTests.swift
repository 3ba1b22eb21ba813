import Testing

@testable import Markup

/// A policy's directives are read as a browser reads them, so that `placard check` never counts on a directive a
/// browser ignores.
@Suite struct PolicyDirectiveTests {
    @Test func splitsAtASCIIWhiteSpaceOnly() {
        let directive = PolicyDirective("Script-Src\t'self'\n https://a.example")
        #expect(directive.name == "script-src")
        #expect(directive.sources == ["'self'", "https://a.example"])
    }

    @Test func aDirectiveWithANonASCIICharacterIsIgnoredWhole() {
        // A no-break space is not a separator: a browser skips the whole directive, so it restricts nothing.
        #expect(PolicyDirective("script-src\u{A0}'none'") == PolicyDirective(""))
        #expect(PolicyDirective("img-src 'self' https://é.example").name == "")
    }
}
