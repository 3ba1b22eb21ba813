import Foundation

/// YAML written by Placard: values quoted or set as blocks so that any text reads back as it was; for the files
/// `placard new` and the importers write.
package enum YAMLText {
    /// A number stays a number; anything else is a quoted string.
    package static func identifier(_ id: String) -> String {
        !id.isEmpty && id.count < 10 && id.allSatisfy(\.isASCII) && id.allSatisfy(\.isNumber) && !id.hasPrefix("0")
            ? id : quoted(id)
    }

    /// A YAML block scalar (`|`) when the text allows one, else a double-quoted string.
    package static func block(_ text: String, indent: String) -> String {
        let trimmed = trimmed(text)
        let plain =
            trimmed.utf8.allSatisfy { (0x20...0x7E).contains($0) || $0 == 0x0A || $0 == 0x09 }
            || trimmed.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || isPrintable($0) }
        guard !trimmed.isEmpty, plain else { return quoted(trimmed) }
        var body = "|"
        for line in trimmed.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let end = line.lastIndex { $0 != 0x20 && $0 != 0x09 }
            body += "\n"
            if let end { body += indent + String(Substring(line[...end])) }
        }
        return body
    }

    /// The text without white space and line breaks around it; the text itself when it has none (the common case).
    package static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let space: (UInt8) -> Bool = { $0 <= 0x20 || $0 >= 0x80 }  // Foundation decides the doubtful ones
        return space(first) || space(last) ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text
    }

    /// A YAML double-quoted string, with every character that YAML could misread escaped.
    package static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if isPrintable(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += String(format: "\\u%04X", scalar.value & 0xFFFF)
                }
            }
        }
        return result + "\""
    }

    /// YAML's printable set, less the characters that only confuse readers (BOM, line and paragraph separators).
    package static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
