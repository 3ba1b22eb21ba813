import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Receives the elements of an XML document as it is read, one at a time.
protocol XMLStreamHandler: AnyObject {
    /// An element starts; `name` is the qualified name as written, e.g. `wp:post_id`.
    func start(_ name: String, attributes: [String: String])
    /// An element ends; `text` is the text and CDATA directly inside it, when it has no child elements.
    func end(_ name: String, text: String)
}

/// Streams an XML file through Foundation's `XMLParser`, keeping only the current element's text.
///
/// External entities are never resolved and a document that declares entities is refused, so an entity-expansion
/// document cannot grow in memory.
struct XMLStream: Sendable {
    /// The file to read.
    let path: String

    /// Reads the whole file, calling `handler` for every element.
    /// - Throws: a diagnostic with the line and column of the first error.
    func read(into handler: any XMLStreamHandler) throws(Diagnostic) {
        try refuseEntities()
        guard let stream = InputStream(fileAtPath: path) else {
            throw Diagnostic("could not open \(path)")
        }
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let delegate = XMLStreamDelegate(handler: handler)
        parser.delegate = delegate
        let finished = parser.parse()
        if let failure = delegate.failure {
            throw Diagnostic(
                failure.message, at: SourceLocation(path: path, line: failure.line, column: failure.column))
        }
        guard finished else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "the XML is malformed"
            throw Diagnostic(
                "the export is not well-formed XML (\(reason))",
                at: SourceLocation(path: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)))
        }
    }

    /// Exports never declare entities; a document that does is refused before parsing ("billion laughs").
    private func refuseEntities() throws(Diagnostic) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Diagnostic("could not open \(path)") }
        defer { try? handle.close() }
        let head = handle.readData(ofLength: 65_536)
        let text = String(decoding: head, as: UTF8.self)
        if let range = text.range(of: "<!ENTITY") {
            let before = text[..<range.lowerBound]
            let line = before.count(where: { $0 == "\n" }) + 1
            let column =
                before.distance(
                    from: before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex, to: before.endIndex
                ) + 1
            throw Diagnostic(
                "the export declares XML entities, which WordPress and Disqus exports never do; refusing to expand them",
                at: SourceLocation(path: path, line: line, column: column))
        }
    }
}

/// The `XMLParser` delegate behind `XMLStream`.
final class XMLStreamDelegate: NSObject, XMLParserDelegate {
    struct Failure {
        var message: String
        var line: Int
        var column: Int
    }

    let handler: any XMLStreamHandler
    var text = ""
    var failure: Failure?

    init(handler: any XMLStreamHandler) { self.handler = handler }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        text = ""
        handler.start(qualifiedName ?? elementName, attributes: attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        handler.end(qualifiedName ?? elementName, text: text)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        text += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        stop(parser, "the export declares the XML entity '\(name)'; refusing to expand it")
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard failure == nil else { return }
        failure = Failure(
            message: "the export is not well-formed XML (\((parseError as NSError).localizedDescription))",
            line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
    }

    private func stop(_ parser: XMLParser, _ message: String) {
        if failure == nil {
            failure = Failure(message: message, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
        }
        parser.abortParsing()
    }
}
