import Testing

@testable import PlacardServer

/// The page's Content-Security-Policy lets through the server's script and event stream, and nothing more.
@Suite struct PolicyRewriterTests {
    let rewriter = PolicyRewriter(nonce: "abc")

    @Test func replacesNoneWithTheNonceAndAllowsTheEventStream() {
        #expect(
            rewriter.rewrite("default-src 'none'; script-src 'none'; style-src 'self'")
                == "default-src 'none'; script-src 'nonce-abc'; style-src 'self'; connect-src 'self'")
    }

    @Test func addsScriptSourceFromDefaultSourceWhenMissing() {
        #expect(
            rewriter.rewrite("default-src 'self' https://cdn.example")
                == "default-src 'self' https://cdn.example; script-src 'self' https://cdn.example 'nonce-abc'")
    }

    @Test func keepsAPolicyThatAllowsInlineScriptsAndConnections() {
        let policy = "script-src 'self' 'unsafe-inline'; connect-src *"
        #expect(rewriter.rewrite(policy) == policy)
    }

    @Test func addsTheNonceBesideOtherNonces() {
        #expect(
            rewriter.rewrite("script-src 'unsafe-inline' 'nonce-old'; connect-src 'none'")
                == "script-src 'unsafe-inline' 'nonce-old' 'nonce-abc'; connect-src 'self'")
    }

    @Test func allowsTheStyleSheetOnlyWhenAsked() {
        let policy = "default-src 'none'; style-src 'self';"
        #expect(
            rewriter.rewrite(policy)
                == "default-src 'none'; style-src 'self'; script-src 'nonce-abc'; connect-src 'self';")
        #expect(
            PolicyRewriter(nonce: "abc", allowsStyle: true).rewrite(policy)
                == "default-src 'none'; style-src 'self' 'nonce-abc'; script-src 'nonce-abc'; connect-src 'self';")
    }

    @Test func leavesAPolicyWithoutScriptRulesAlone() {
        #expect(rewriter.rewrite("img-src 'self'; base-uri 'none'") == "img-src 'self'; base-uri 'none'")
    }
}
