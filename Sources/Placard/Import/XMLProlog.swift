import Foundation

/// The part of an XML file before its root element: the XML declaration, comments, processing instructions and the
/// document type declaration, the only place where a document can declare entities.
///
/// WordPress and Disqus exports never declare entities, and Foundation's `XMLParser` on Linux always expands them, so
/// an export that declares one is refused before parsing: no entity-expansion attack ("billion laughs", quadratic
/// blow-up) and no external entity ever reaches the parser. The prolog is read in chunks, however long it is.
struct XMLProlog {
    /// The file to check.
    let path: String

    /// Reads the prolog and throws at the first `<!ENTITY` in a document type declaration.
    /// - Throws: a diagnostic with the declaration's line and column, or one when the file cannot be read.
    func refuseEntityDeclarations() throws(Diagnostic) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Diagnostic("could not open \(path)") }
        defer { try? handle.close() }
        var scanner = Scanner()
        var pending: [UInt8] = []
        var atEnd = false
        while !atEnd {
            let chunk: Data
            do { chunk = try handle.read(upToCount: 65_536) ?? Data() } catch {
                throw Diagnostic("could not read \(path) (\(SourceReader.reason(error)))")
            }
            atEnd = chunk.isEmpty
            pending += chunk
            switch scanner.scan(&pending, atEnd: atEnd) {
            case .needMore: continue
            case .rootElement: return
            case .entity(let line, let column):
                throw Diagnostic(
                    "the export declares an XML entity, which WordPress and Disqus exports never do; refusing to read it",
                    at: SourceLocation(path: path, line: line, column: column))
            }
        }
    }

    /// What the scanner found.
    enum Finding: Equatable {
        case needMore
        case rootElement
        case entity(line: Int, column: Int)
    }

    /// A byte-level state machine over the prolog; bytes it has consumed are removed from the buffer.
    struct Scanner {
        private enum State { case between, comment, instruction, doctype, doctypeComment }
        private var state = State.between
        private var quote: UInt8?
        private var brackets = 0
        private var line = 1
        private var column = 1

        /// Consumes what it can of `bytes`, keeping a tail too short to decide on (at most 9 bytes) for the next call.
        mutating func scan(_ bytes: inout [UInt8], atEnd: Bool) -> Finding {
            var index = 0
            defer { bytes.removeFirst(index) }
            while index < bytes.count {
                let rest = bytes[index...]
                guard atEnd || rest.count >= 9 else { return .needMore }
                switch step(rest) {
                case .rootElement: return .rootElement
                case .entity: return .entity(line: line, column: column)
                case .needMore: break
                }
                let length = skipLength(rest)
                for byte in rest.prefix(length) { advance(byte) }
                index += length
            }
            return atEnd ? .rootElement : .needMore
        }

        /// Changes state for the markup at the start of `rest`; `.needMore` means "go on".
        private mutating func step(_ rest: ArraySlice<UInt8>) -> Finding {
            switch state {
            case .between:
                if rest.starts(with: Array("<!--".utf8)) {
                    state = .comment
                } else if rest.starts(with: Array("<?".utf8)) {
                    state = .instruction
                } else if rest.starts(with: Array("<!DOCTYPE".utf8)) {
                    state = .doctype
                } else if rest.first == UInt8(ascii: "<") {
                    return .rootElement
                }
            case .comment where rest.starts(with: Array("-->".utf8)): state = .between
            case .instruction where rest.starts(with: Array("?>".utf8)): state = .between
            case .doctypeComment where rest.starts(with: Array("-->".utf8)): state = .doctype
            case .doctype: return doctype(rest)
            default: break
            }
            return .needMore
        }

        private mutating func doctype(_ rest: ArraySlice<UInt8>) -> Finding {
            guard let byte = rest.first else { return .needMore }
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if rest.starts(with: Array("<!ENTITY".utf8)) {
                return .entity(line: line, column: column)
            } else if rest.starts(with: Array("<!--".utf8)) {
                state = .doctypeComment
            } else if byte == UInt8(ascii: "[") {
                brackets += 1
            } else if byte == UInt8(ascii: "]") {
                brackets -= 1
            } else if byte == UInt8(ascii: ">"), brackets <= 0 {
                state = .between
            }
            return .needMore
        }

        /// How many bytes the markup just recognised takes, so that `<!--` is not read again as `<`.
        private func skipLength(_ rest: ArraySlice<UInt8>) -> Int {
            for opener in ["<!DOCTYPE", "<!--", "<?"] where rest.starts(with: Array(opener.utf8)) {
                return opener.utf8.count
            }
            return 1
        }

        private mutating func advance(_ byte: UInt8) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
    }
}
