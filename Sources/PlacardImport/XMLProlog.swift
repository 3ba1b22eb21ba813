import Foundation
import Placard

/// The part of an XML file before its root element: the XML declaration, comments, processing instructions and the
/// document type declaration, the only place where a document can declare entities.
///
/// WordPress and Disqus exports never have a document type declaration, and Foundation's `XMLParser` on Linux always
/// expands entities, so an export that has one (`<!DOCTYPE`, or any other `<!…>` that is not a comment) is refused
/// before parsing, whatever it holds: no entity-expansion attack ("billion laughs", quadratic blow-up) and no
/// external entity ever reaches the parser, and no quoting trick inside the declaration can hide one.
///
/// The check reads bytes, so the document's markup must be ASCII bytes: UTF-8 (WordPress's default), and the
/// single-byte encodings WordPress writes for blogs in other charsets (ISO-8859-x, windows-125x) are read; UTF-16,
/// UTF-32 and EBCDIC documents, and any other declared encoding, are refused with a command that converts them to
/// UTF-8. The prolog is read in chunks, however long it is.
struct XMLProlog {
    /// The file to check.
    let path: String

    /// Encodings whose markup is ASCII bytes, as `encoding="…"` names them (lower-cased).
    static let asciiEncodings: Set<String> = {
        var names: Set = ["utf-8", "utf8", "us-ascii", "ascii", "latin1", "latin-1"]
        for number in 1...16 { names.insert("iso-8859-\(number)") }
        for number in 1250...1258 { names.insert("windows-\(number)") }
        return names
    }()

    /// Reads the prolog and throws at a document type declaration or an encoding whose markup is not ASCII.
    /// - Throws: a diagnostic with the declaration's line and column, or one when the file cannot be read.
    func refuseEntityDeclarations() throws(Diagnostic) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Diagnostic("could not open \(path)") }
        defer { try? handle.close() }
        var scanner = Scanner()
        var pending: [UInt8] = []
        var atEnd = false
        var first = true
        while !atEnd {
            let chunk: Data
            do { chunk = try handle.read(upToCount: 65_536) ?? Data() } catch {
                throw Diagnostic("could not read \(path) (\(SourceReader.reason(error)))")
            }
            atEnd = chunk.isEmpty
            pending += chunk
            if first {
                first = false
                if let encoding = Self.unreadableEncoding(pending) {
                    throw Diagnostic(
                        "the export is encoded in \(encoding), which the importer does not read; convert it to UTF-8 "
                            + "first, e.g. iconv -f \(encoding) -t UTF-8 export.xml > export-utf8.xml",
                        at: SourceLocation(path: path, line: 1))
                }
            }
            switch scanner.scan(&pending, atEnd: atEnd) {
            case .needMore: continue
            case .rootElement: return
            case .declaration(let line, let column):
                throw Diagnostic(
                    "the export has a document type declaration, which can declare XML entities and which WordPress "
                        + "and Disqus exports never have; refusing to read it",
                    at: SourceLocation(path: path, line: line, column: column))
            }
        }
    }

    /// The name of the encoding of a document that starts with `bytes`, when its markup is not ASCII bytes; nil for
    /// UTF-8 and the single-byte encodings.
    static func unreadableEncoding(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4)) + [1, 1, 1, 1]
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0x00, 0x00, 0x00, 0x3C): return "UTF-32BE"
        case (0xFF, 0xFE, 0x00, 0x00), (0x3C, 0x00, 0x00, 0x00): return "UTF-32LE"
        case (0xFE, 0xFF, _, _), (0x00, 0x3C, _, _): return "UTF-16BE"
        case (0xFF, 0xFE, _, _), (0x3C, 0x00, _, _): return "UTF-16LE"
        case (0x4C, 0x6F, 0xA7, 0x94): return "EBCDIC"
        default: break
        }
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard text.starts(with: Array("<?xml".utf8)), let end = text.firstRange(of: Array("?>".utf8)) else {
            return nil
        }
        let declaration = String(decoding: text[..<end.lowerBound], as: UTF8.self)
        guard let name = declaration.firstRange(of: "encoding") else { return nil }
        let value = declaration[name.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = value.first, quote == "\"" || quote == "'" else { return nil }
        let encoding = String(value.dropFirst().prefix { $0 != quote })
        return asciiEncodings.contains(encoding.lowercased()) ? nil : encoding
    }

    /// What the scanner found.
    enum Finding: Equatable {
        case needMore
        case rootElement
        /// A `<!DOCTYPE` (or other `<!…>` that is not a comment) at this line and column.
        case declaration(line: Int, column: Int)
    }

    /// A byte-level state machine over the prolog; bytes it has consumed are removed from the buffer.
    struct Scanner {
        private enum State { case between, comment, instruction }
        private var state = State.between
        private var line = 1
        private var column = 1

        /// Consumes what it can of `bytes`, keeping a tail too short to decide on (at most 3 bytes) for the next call.
        mutating func scan(_ bytes: inout [UInt8], atEnd: Bool) -> Finding {
            var index = 0
            defer { bytes.removeFirst(index) }
            while index < bytes.count {
                let rest = bytes[index...]
                guard atEnd || rest.count >= 4 else { return .needMore }
                if let finding = step(rest) { return finding }
                let length = skipLength(rest)
                for byte in rest.prefix(length) { advance(byte) }
                index += length
            }
            return atEnd ? .rootElement : .needMore
        }

        /// Changes state for the markup at the start of `rest`; nil means "go on".
        private mutating func step(_ rest: ArraySlice<UInt8>) -> Finding? {
            switch state {
            case .between:
                if rest.starts(with: Array("<!--".utf8)) {
                    state = .comment
                } else if rest.starts(with: Array("<?".utf8)) {
                    state = .instruction
                } else if rest.starts(with: Array("<!".utf8)) {
                    return .declaration(line: line, column: column)
                } else if rest.first == UInt8(ascii: "<") {
                    return .rootElement
                }
            case .comment where rest.starts(with: Array("-->".utf8)): state = .between
            case .instruction where rest.starts(with: Array("?>".utf8)): state = .between
            default: break
            }
            return nil
        }

        /// How many bytes the markup just recognised takes, so that `<!--` is not read again as `<`.
        private func skipLength(_ rest: ArraySlice<UInt8>) -> Int {
            for opener in ["<!--", "<?", "-->", "?>"] where rest.starts(with: Array(opener.utf8)) {
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
