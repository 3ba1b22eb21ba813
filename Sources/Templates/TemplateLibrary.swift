/// A set of Mustache templates compiled together, so that partials and parents find each other by name: each
/// template parsed once into nodes, each name in a tag turned into a key number the host's contexts switch on.
///
/// Immutable once made, so one library renders on every thread at once.
public struct TemplateLibrary: Sendable {
    /// A `{{> partial}}` or `{{< parent}}` tag with a fixed name.
    public struct Inclusion: Sendable {
        public enum Kind: Sendable { case partial, parent }
        public var kind: Kind
        /// The name the tag gives.
        public var name: String
        /// That name's template number (which may have no template).
        var template: Int
        /// Where the tag is.
        public var site: TemplateSite
    }

    /// A template that did not compile.
    public struct Failure: Sendable {
        public var template: String
        public var error: TemplateSyntaxError
    }

    private let symbols: TemplateSymbols
    /// Every template compiled into instructions.
    let program: TemplateProgram
    private let text: TextStore
    /// Every partial and parent tag with a fixed name, in every template that compiled.
    public let inclusions: [Inclusion]
    /// The templates that did not compile, in the order given.
    public let failures: [Failure]
    /// Every partial or parent tag that always includes its own template again; see ``Cycle``.
    public let cycles: [Cycle]

    /// Compiles `templates` (name and Mustache text).
    /// - Parameter keys: the names the host's contexts know, numbered from 0 in this order; see
    ///   ``TemplateContext/value(for:)``.
    public init(keys: [String], templates: [(name: String, text: String)]) {
        var symbols = TemplateSymbols(keys: keys)
        var compiled: [Int: [TemplateNode]] = [:]
        var inclusions: [Inclusion] = []
        var failures: [Failure] = []
        for (name, text) in templates {
            let number = symbols.template(name)
            var parser = TemplateParser(source: Array(text.utf8), number: number, symbols: symbols)
            do {
                let nodes = try parser.parse()
                symbols = parser.symbols
                compiled[number] = nodes
                inclusions += parser.inclusions
            } catch {
                failures.append(Failure(template: name, error: error))
            }
        }
        self.symbols = symbols
        var text = symbols.text
        program = TemplateProgram(nodes: compiled, count: symbols.templateNames.count, text: &text)
        self.text = TextStore(text)
        self.inclusions = inclusions
        self.failures = failures
        cycles = Self.cycles(in: compiled, names: symbols.templateNames)
    }

    /// Whether a template of this name compiled.
    public func contains(_ name: String) -> Bool {
        symbols.templates[name].map { program.templates[$0] != nil } ?? false
    }

    /// The name of template number `number`, as in a ``TemplateSite``.
    public func name(of number: Int) -> String { symbols.templateNames[number] }

    /// A name's key number, if a template or the host's keys use it.
    public func key(_ name: String) -> Int? { symbols.keys[name] }

    /// Renders template `name` with `context` at the bottom of the context stack, appending to `output`; a name with
    /// no template renders nothing.
    /// - Throws: when partials or parents nest deeper than ``TemplateRenderError/depthLimit``: a template includes
    ///   itself with no end. What was rendered before stays in `output`.
    public func render(
        _ name: String, _ context: TemplateValue, into output: inout TemplateOutput
    ) throws(TemplateRenderError) {
        guard let number = symbols.templates[name], let range = program.templates[number] else { return }
        var renderer = TemplateRenderer(library: self, root: context)
        try renderer.render(range, &output)
    }

    /// The number of the template named `name`, if there is one.
    func number(of name: String) -> Int? { symbols.templates[name] }

    /// The text of `.text` nodes.
    var textBytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(text.bytes) }
}

/// The text of a library's templates, in memory that does not move while the library exists.
private final class TextStore: Sendable {
    nonisolated(unsafe) let bytes: UnsafeMutableBufferPointer<UInt8>

    init(_ text: [UInt8]) {
        bytes = .allocate(capacity: max(text.count, 1))
        _ = bytes.initialize(from: text)
    }

    deinit { bytes.deallocate() }
}
