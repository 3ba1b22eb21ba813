import Foundation

/// Reads the site's text files as UTF-8, with a diagnostic naming the line of the first byte that is not; never
/// through a symbolic link that leads out of the site (``SourceBounds``).
package struct SourceReader: Sendable {
    /// Where files are read from.
    let fileSystem: FileSystem
    /// The site folder; paths in diagnostics are relative to it.
    let root: String
    /// Where symbolic links may lead.
    let bounds: SourceBounds

    /// A reader for the site in `root`, whose output folder is `output` (`<root>/public` when not given).
    package init(fileSystem: FileSystem, root: String, output: String? = nil) {
        self.init(
            fileSystem: fileSystem, root: root, bounds: SourceBounds(fileSystem: fileSystem, root: root, output: output)
        )
    }

    init(fileSystem: FileSystem, root: String, bounds: SourceBounds) {
        self.fileSystem = fileSystem
        self.root = root
        self.bounds = bounds
    }

    /// Walks a folder below the site folder (`content/static`), through the symbolic links the bounds allow; the
    /// `.well-known` of `content/static` is content.
    /// - Throws: what ``FileSystem/list`` throws.
    package func walk(_ relative: String) throws -> FolderListing {
        try fileSystem.walk(
            below: root + "/" + relative, within: bounds, wellKnownIn: SourceNames.wellKnownParent(below: relative))
    }

    /// The files below a folder of the site that may be missing (none then), as paths relative to it; the walk's
    /// problems, or a folder that cannot be listed, go into `diagnostics`.
    func files(inOptional relative: String, _ diagnostics: inout [Diagnostic]) -> [String] {
        guard fileSystem.kind(root + "/" + relative) == .directory else { return [] }
        do {
            let listing = try walk(relative)
            diagnostics += listing.diagnostics(in: relative)
            return listing.files
        } catch {
            diagnostics.append(
                Diagnostic(
                    "could not list \(relative) (\(Self.reason(error))); check its permissions",
                    at: SourceLocation(path: relative, line: 1)))
            return []
        }
    }

    /// The files below a folder of the site, as paths relative to it.
    /// - Throws: a ``BuildFailure`` holding the walk's errors (links that loop or lead out of the site), or what
    ///   ``FileSystem/list`` throws.
    func files(below relative: String) throws -> [String] {
        let listing = try walk(relative)
        let problems = listing.diagnostics(in: relative)
        if problems.hasErrors { throw BuildFailure(problems) }
        return listing.files
    }

    /// An error when `relative` is a symbolic link the bounds refuse, or a pipe or device; nil when it may be read.
    func refusal(_ relative: String) -> Diagnostic? {
        let path = root + "/" + relative
        let entry = fileSystem.inspect(path)
        var message: String?
        if entry.isLink, let target = fileSystem.resolve(path), let refusal = bounds.refusal(of: target) {
            message = FolderListing.message(refusal)
        } else if entry.isSpecial {
            message = "this is a pipe, socket or device, not a file; remove it"
        }
        return message.map { Diagnostic($0, at: SourceLocation(path: relative, line: 1)) }
    }

    /// Reads `relative` (a path below the site folder).
    package func read(_ relative: String) throws(Diagnostic) -> SourceFile {
        if let refusal = refusal(relative) { throw refusal }
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
    package static func reason(_ error: any Error) -> String {
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
