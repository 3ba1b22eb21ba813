import Foundation

extension String {
    /// Whether the UTF-8 text holds `byte`, found by `memchr` over the string's own storage.
    func containsByte(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
        return found ?? utf8.contains(byte)
    }

    /// Whether any UTF-8 byte of the text passes `test`, over the string's own storage.
    func containsByte(where test: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? utf8.contains(where: test)
    }

    /// The text without the spaces and tabs (Foundation's `.whitespaces`) at either end; the string itself, not a
    /// copy through `NSString`, when it has none, which is almost always.
    package var trimmingWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        let space = CharacterSet.whitespaces
        guard space.contains(first) || space.contains(last) else { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
