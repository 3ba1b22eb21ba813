import Foundation
import Placard

/// An export from `../shared/fixtures/import/`, and what it holds, read with plain string matching.
struct ImportFixture {
    let name: String

    /// The shared fixtures folder, beside the repository.
    static let folder = URL(fileURLWithPath: TestSite.repository).deletingLastPathComponent()
        .appendingPathComponent("shared/fixtures/import").path

    var path: String { Self.folder + "/" + name }
    var text: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    /// Every e-mail address and IP address in the export.
    var personalData: Set<String> {
        let patterns = [
            #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#,
            #"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b"#,
            #"<wp:comment_author_IP>([^<]+)</wp:comment_author_IP>"#,
            #"<ipAddress>([^<]+)</ipAddress>"#,
        ]
        var found = Set<String>()
        for pattern in patterns {
            let expression = try! NSRegularExpression(pattern: pattern)
            for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let group = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
                if let range = Range(group, in: text) {
                    found.insert(text[range].trimmingCharacters(in: .whitespacesAndNewlines))
                }
            }
        }
        return found.filter { !$0.isEmpty }
    }

    /// The values of every `<tag>` in the export, CDATA unwrapped, in order.
    func values(_ tag: String) -> [String] {
        let pattern = "<\(tag)>(?:\\s*<!\\[CDATA\\[)?(.*?)(?:\\]\\]>\\s*)?</\(tag)>"
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

extension TestSite {
    /// Every file below the site's `content/` and `public/`, as text.
    func outputText() throws -> String {
        var text = ""
        for folder in ["content", "public"] {
            let base = root + "/" + folder
            guard let walker = FileManager.default.enumerator(atPath: base) else { continue }
            for case let relative as String in walker {
                if let data = FileManager.default.contents(atPath: base + "/" + relative) {
                    text += String(decoding: data, as: UTF8.self)
                }
            }
        }
        return text
    }

    /// Every file below `content/`, relative to the site folder.
    func contentFiles() -> [String] {
        let base = root + "/content"
        let walker = FileManager.default.enumerator(atPath: base)
        var files: [String] = []
        while let relative = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append("content/" + relative)
            }
        }
        return files.sorted()
    }
}

extension ImportFixture {
    /// A piece of an export, for reading one element's value.
    struct Block {
        let text: String

        /// The trimmed value of the first `<tag>`, CDATA unwrapped.
        func value(_ tag: String) -> String {
            guard let start = text.range(of: "<\(tag)>"), let end = text.range(of: "</\(tag)>"),
                start.upperBound <= end.lowerBound
            else { return "" }
            var value = text[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
            if value.hasPrefix("<![CDATA["), value.hasSuffix("]]>") { value = String(value.dropFirst(9).dropLast(3)) }
            return value
        }
    }
}
