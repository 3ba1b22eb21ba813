import Foundation
import Placard

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Receives the elements of an XML document as it is read, one at a time.
protocol XMLStreamHandler: AnyObject {
    /// An element starts; `name` is the qualified name as written, e.g. `wp:post_id`.
    /// - Throws: a diagnostic that stops the parse, e.g. when staging a finished item fails.
    func start(_ name: String, attributes: [String: String]) throws(Diagnostic)
    /// An element ends; `text` is the text and CDATA directly inside it, when it has no child elements.
    /// - Throws: a diagnostic that stops the parse.
    func end(_ name: String, text: String) throws(Diagnostic)
}

/// Streams an XML file through Foundation's `XMLParser`, keeping only the current element's text in memory.
///
/// On Linux `XMLParser` is libxml2 with entity substitution on and no end-of-input signal, so this type adds what an
/// importer needs: a document that declares entities is refused before parsing (no "billion laughs" or external
/// entities), the first error stops the parse, and a document that ends before its root element is closed (a
/// truncated export) is an error too.
struct XMLStream: Sendable {
    /// The file to read.
    let path: String

    /// Reads the whole file, calling `handler` for every element.
    /// - Throws: a diagnostic with the line and column of the first error, or the handler's diagnostic.
    func read(into handler: any XMLStreamHandler) throws(Diagnostic) {
        try XMLProlog(path: path).refuseEntityDeclarations()
        guard let stream = InputStream(fileAtPath: path) else {
            throw Diagnostic("could not open \(path)")
        }
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.shouldProcessNamespaces = false
        let delegate = XMLStreamDelegate(handler: handler, path: path)
        parser.delegate = delegate
        let finished = parser.parse()
        if let failure = delegate.failure { throw failure }
        let end = location(parser)
        guard let root = delegate.root else {
            throw Diagnostic("the export holds no XML element; is it empty?", at: end)
        }
        guard delegate.open == 0 else {
            throw Diagnostic(
                "the export ends before its <\(root)> element is closed; the file looks truncated", at: end)
        }
        guard finished else {
            throw Diagnostic("the export is not well-formed XML", at: end)
        }
    }

    private func location(_ parser: XMLParser) -> SourceLocation {
        SourceLocation(path: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
    }
}
