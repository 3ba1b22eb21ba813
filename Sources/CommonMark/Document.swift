internal import CCmark

/// A parsed CommonMark document: owns cmark's node tree and frees it, once, when it goes out of scope.
///
/// `Document` is noncopyable, so exactly one value owns the tree. Nodes are lent out only as `borrowing`
/// ``Node`` closure parameters (``withRoot(_:)``, ``walk(_:)``, ``rewrite(_:)``), so no node can outlive
/// the document. Reading (walking, rendering) never changes the tree; changes go through `mutating`
/// ``rewrite(_:)``, which needs exclusive access. A document may therefore be moved to another task or thread;
/// separate documents may be parsed and rendered in parallel. `@unchecked` because the compiler cannot see through the
/// C pointer that the tree is reached only through this one owner.
public struct Document: ~Copyable, @unchecked Sendable {
    /// The `CMARK_NODE_DOCUMENT` node; owned by this value.
    let root: OpaquePointer

    /// Parses Markdown into a tree owned by this value; freed when it goes out of scope.
    /// - Parameters:
    ///   - markdown: Markdown text, without front matter.
    ///   - options: Parse options, e.g. ``ParseOptions/smartPunctuation``.
    public init(markdown: String, options: ParseOptions = []) {
        var text = markdown
        root = text.withUTF8 { Cmark.parse($0, options: options) }
    }

    /// Parses Markdown from raw bytes into a tree owned by this value; freed when it goes out of scope.
    ///
    /// Pass ``ParseOptions/validateUTF8`` when the bytes may not be valid UTF-8: invalid sequences then become
    /// U+FFFD. Without it, invalid bytes reach the output unchanged.
    /// - Parameters:
    ///   - bytes: The Markdown as UTF-8 bytes (for example `Data` or `[UInt8]`); copied, not kept.
    ///   - options: Parse options.
    public init(utf8 bytes: some Collection<UInt8>, options: ParseOptions = []) {
        if let root = bytes.withContiguousStorageIfAvailable({ Cmark.parse($0, options: options) }) {
            self.root = root
        } else {
            self.root = Array(bytes).withUnsafeBufferPointer { Cmark.parse($0, options: options) }
        }
    }

    deinit { cmark_node_free(root) }

    /// Renders the whole document as an HTML fragment.
    /// - Parameter options: Render options; the default is cmark's safe mode (no raw HTML).
    /// - Returns: The HTML, a Swift string (cmark's buffer is freed before returning).
    public func html(_ options: RenderOptions = []) -> String {
        Cmark.html(of: root, options: options)
    }

    /// Lends the whole document's HTML to `body` as UTF-8 bytes, valid only during the call: for a caller that copies
    /// it into a page, without making a string.
    /// - Parameter options: Render options, as for ``html(_:)``.
    public func withHTML<Result>(
        _ options: RenderOptions = [], _ body: (UnsafeRawBufferPointer) throws -> Result
    ) rethrows -> Result {
        try Cmark.withHTML(of: root, options: options, body)
    }

    /// Lends the document node to `body`.
    /// - Parameter body: Receives the root node, valid only during the call; it cannot be stored.
    /// - Returns: What `body` returns.
    public func withRoot<Value, Failure: Error>(
        _ body: (borrowing Node) throws(Failure) -> Value
    ) throws(Failure) -> Value {
        try body(Node(root, document: root))
    }
}
