import Foundation
import Placard

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The `XMLParser` delegate behind `XMLStream`: forwards elements, counts open ones, and stops at the first error.
///
/// Used by one parse on one thread; not shared.
final class XMLStreamDelegate: NSObject, XMLParserDelegate {
    let handler: any XMLStreamHandler
    let path: String
    /// The text read since the current element started, while it has no child element.
    private var text = ""
    /// Whether text is kept: from an element's start until its first child element. Text between elements (an
    /// export's indentation, or a gigabyte of white space) is never handed on, so it is not kept either.
    private var collecting = false
    /// The first error: the parser's, or one the handler threw.
    private(set) var failure: Diagnostic?
    /// The root element's name, once it started.
    private(set) var root: String?
    /// Elements started and not yet ended.
    private(set) var open = 0

    init(handler: any XMLStreamHandler, path: String) {
        self.handler = handler
        self.path = path
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        if root == nil { root = qualifiedName ?? elementName }
        open += 1
        text = ""
        collecting = true
        do { try handler.start(qualifiedName ?? elementName, attributes: attributes) } catch { stop(parser, error) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        open -= 1
        let finished = text
        text = ""
        // The parent has a child now: what follows in it is text between elements.
        collecting = false
        do { try handler.end(qualifiedName ?? elementName, text: finished) } catch { stop(parser, error) }
    }

    /// The most text one element may hold: a post of 64 MiB is far beyond any real one, and the text is held whole.
    static let longestText = 64 << 20

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if failure == nil, collecting { append(string, parser) }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if failure == nil, collecting { append(String(decoding: block, as: UTF8.self), parser) }
    }

    /// Adds to the current element's text, or stops the parse when it grows past ``longestText``.
    private func append(_ more: String, _ parser: XMLParser) {
        guard text.utf8.count + more.utf8.count <= Self.longestText else {
            let location = SourceLocation(
                path: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
            stop(
                parser,
                Diagnostic("an element of the export holds more than 64 MiB of text; no real export does", at: location)
            )
            return
        }
        text += more
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        let code = (parseError as NSError).code
        guard failure == nil, !XMLErrorText.isWarning(code) else { return }
        let location = SourceLocation(path: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
        stop(parser, Diagnostic("the export is not well-formed XML: \(XMLErrorText.describe(code))", at: location))
    }

    /// Keeps the first failure and stops libxml2, which would otherwise recover and read on.
    private func stop(_ parser: XMLParser, _ diagnostic: Diagnostic) {
        if failure == nil { failure = diagnostic }
        parser.abortParsing()
    }
}

/// What libxml2's error codes (which `XMLParser` reports as `NSError` codes on Linux) mean, in a few words.
enum XMLErrorText {
    /// Codes libxml2 reports as warnings: the document is still well-formed.
    static func isWarning(_ code: Int) -> Bool {
        [27, 93, 97, 98, 99, 100, 102, 106, 107].contains(code)
    }

    /// A lower-case phrase for an error code, with the code for the ones not listed.
    static func describe(_ code: Int) -> String {
        let known: [Int: String] = [
            1: "a text or CDATA section longer than 10 MB, or an internal parser error",
            4: "the document is empty",
            5: "the document ends too early (truncated?) or has content after its root element",
            9: "a character that XML does not allow", 23: "an entity reference without its ';'",
            26: "an undeclared entity such as &nbsp; (XML knows only &amp; &lt; &gt; &quot; &apos;)",
            31: "an unknown character encoding", 32: "an unsupported character encoding",
            38: "a '<' inside an attribute value", 39: "an attribute value without quotes",
            41: "an attribute without a value", 42: "an attribute given twice",
            45: "a comment that is not closed", 63: "a CDATA section that is not closed",
            68: "a name was expected", 73: "a '>' was expected", 76: "an end tag that does not match its start tag",
            77: "a tag that is not finished", 81: "bytes that are not valid in the document's encoding",
            85: "elements that are not properly nested", 89: "entities that refer to each other in a loop",
            201: "an element or attribute prefix whose namespace is not declared",
        ]
        return known[code] ?? "libxml2 error \(code)"
    }
}
