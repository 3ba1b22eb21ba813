/// A template that cannot be compiled: what is wrong, and the byte offset in the template where it is.
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `{{/b}}` closes `{{#a}}`; the offset is at `b`.
        case sectionClosedWithOtherName(opened: String, closed: String)
        /// `{{/a}}` with no section open.
        case closeWithoutOpen(String)
        /// `{{#a}}` with no `{{/a}}`; the offset is at the opening tag.
        case sectionNeverClosed(String)
        /// A tag with no closing delimiter, or with text after its name.
        case unfinishedTag(closing: String)
        /// A tag with nothing in it.
        case emptyName
        /// A transform that does not exist.
        case unknownTransform(String)
        /// A `{{=… …=}}` tag that does not give two delimiters.
        case invalidSetDelimiter
        /// A transform on a `{{$block}}` or a partial.
        case transformOnBlock
        /// A tag other than `{{$block}}` directly inside `{{<parent}}`.
        case tagInsideParent
        /// A `{{% … }}` tag.
        case pragma
    }

    public let kind: Kind
    /// Byte offset in the template's UTF-8 text.
    public let offset: Int

    public init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// What is wrong, in one lower-case phrase.
    public var reason: String {
        switch kind {
        case .sectionClosedWithOtherName: "a section is closed with another section's name"
        case .closeWithoutOpen(let name): "{{/\(name)}} closes a section that was never opened"
        case .sectionNeverClosed(let name): "a section is never closed ({{#\(name)}} has no {{/\(name)}})"
        case .unfinishedTag(let closing): "a tag is not closed with \(closing)"
        case .emptyName: "a tag has no name"
        case .unknownTransform(let name):
            "there is no transform '\(name)' (there are \(TemplateTransform.names))"
        case .invalidSetDelimiter: "invalid set-delimiter tag"
        case .transformOnBlock: "a transform is applied to an inheritance section or a partial"
        case .tagInsideParent: "only {{$block}} sections may stand inside {{<layout}}"
        case .pragma: "{{% }} tags are not supported"
        }
    }
}

/// A line and column in a template's text, both from 1; the column counts characters, as editors do.
public struct TemplatePosition: Sendable, Equatable {
    public var line: Int
    public var column: Int

    /// The position of byte `offset` in `text`.
    public init(offset: Int, in text: String) {
        let bytes = Array(text.utf8.prefix(offset))
        line = 1 + bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let lineStart = (bytes.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 }) ?? 0
        column = String(decoding: bytes[lineStart...], as: UTF8.self).count + 1
    }
}
