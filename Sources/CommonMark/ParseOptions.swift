internal import CCmark

/// Options that change how Markdown is parsed into a tree.
///
/// A plain value: `Sendable`, usable on any thread.
public struct ParseOptions: OptionSet, Sendable {
    /// The cmark option bits (`CMARK_OPT_…`).
    public let rawValue: Int32

    /// Creates options from cmark option bits.
    /// - Parameter rawValue: `CMARK_OPT_…` bits; bits that do not affect parsing are ignored by cmark.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Straight quotes become curly, `--` an en dash, `---` an em dash and `...` an ellipsis (`CMARK_OPT_SMART`).
    public static let smartPunctuation = ParseOptions(rawValue: CMARK_OPT_SMART)

    /// Invalid UTF-8 in the input is replaced by U+FFFD before parsing (`CMARK_OPT_VALIDATE_UTF8`).
    ///
    /// Only matters for ``Document/init(utf8:options:)``: a Swift `String` is always valid UTF-8.
    public static let validateUTF8 = ParseOptions(rawValue: CMARK_OPT_VALIDATE_UTF8)
}
