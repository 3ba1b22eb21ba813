extension TemplateOutput {
    /// Appends bytes with `&`, `<`, `>`, `"` and `'` written as HTML character references, the five characters
    /// swift-mustache escapes; runs of other bytes are copied as they are.
    public mutating func appendEscaped(_ bytes: UnsafeRawBufferPointer) {
        var runStart = 0
        for index in 0..<bytes.count {
            let reference: StaticString
            switch bytes[index] {
            case UInt8(ascii: "&"): reference = "&amp;"
            case UInt8(ascii: "<"): reference = "&lt;"
            case UInt8(ascii: ">"): reference = "&gt;"
            case UInt8(ascii: "\""): reference = "&quot;"
            case UInt8(ascii: "'"): reference = "&#39;"
            default: continue
            }
            if index > runStart { append(UnsafeRawBufferPointer(rebasing: bytes[runStart..<index])) }
            append(reference)
            runStart = index + 1
        }
        if runStart < bytes.count { append(UnsafeRawBufferPointer(rebasing: bytes[runStart...])) }
    }

    /// Appends a string's UTF-8 bytes, HTML-escaped as ``appendEscaped(_:)-(UnsafeRawBufferPointer)`` does.
    public mutating func appendEscaped(_ text: String) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ appendEscaped(UnsafeRawBufferPointer($0)) }) {
            return done
        }
        let copy = Array(text.utf8)
        copy.withUnsafeBytes { appendEscaped($0) }
    }

    /// Appends `text`, escaped when `escaped` is true.
    public mutating func append(_ text: String, escaped: Bool) {
        if escaped { appendEscaped(text) } else { append(text) }
    }
}
