import Foundation

/// Reads the site's text files as UTF-8, with a diagnostic naming the line of the first byte that is not.
struct SourceReader: Sendable {
    /// Where files are read from.
    let fileSystem: FileSystem
    /// The site folder; paths in diagnostics are relative to it.
    let root: String

    /// Reads `relative` (a path below the site folder).
    func read(_ relative: String) throws(Diagnostic) -> SourceFile {
        let data: Data
        do {
            data = try fileSystem.read(root + "/" + relative)
        } catch {
            throw Diagnostic(
                "could not read the file (\(Self.reason(error))); check that it exists and is readable",
                at: SourceLocation(path: relative, line: 1)
            )
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = Self.firstInvalidByte(in: data)
            throw Diagnostic(
                "the file is not UTF-8 text; save it with the UTF-8 encoding",
                at: SourceLocation(path: relative, line: line, column: column)
            )
        }
        return SourceFile(path: relative, text: text)
    }

    /// A short reason for a failed read, without Foundation's long error text.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if nsError.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(nsError.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: nsError.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or directory"
            case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
            default: break
            }
        }
        return nsError.localizedDescription.lowercased()
    }

    /// The 1-based line and column of the first byte that is not valid UTF-8.
    static func firstInvalidByte(in data: Data) -> (Int, Int) {
        var iterator = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1
        var column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1 && scalar.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }
}
