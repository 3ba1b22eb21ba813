internal import CCmark

/// Options that change how a tree is rendered to HTML.
///
/// The empty set is cmark's safe mode: raw HTML is replaced by `<!-- raw HTML omitted -->` and
/// `javascript:`, `vbscript:`, `file:` and (non-image) `data:` URLs by empty strings. Custom nodes' enter and
/// exit strings are emitted as they are in every mode. A plain value: `Sendable`, usable on any thread.
public struct RenderOptions: OptionSet, Sendable {
    /// The cmark option bits (`CMARK_OPT_…`).
    public let rawValue: Int32

    /// Creates options from cmark option bits.
    /// - Parameter rawValue: `CMARK_OPT_…` bits.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Raw HTML and unsafe URLs pass through unchanged (`CMARK_OPT_UNSAFE`); only for trusted input.
    public static let allowRawHTML = RenderOptions(rawValue: CMARK_OPT_UNSAFE)

    /// Soft line breaks render as `<br />` (`CMARK_OPT_HARDBREAKS`).
    public static let hardBreaks = RenderOptions(rawValue: CMARK_OPT_HARDBREAKS)

    /// Soft line breaks render as spaces (`CMARK_OPT_NOBREAKS`).
    public static let noBreaks = RenderOptions(rawValue: CMARK_OPT_NOBREAKS)

    /// Block elements get a `data-sourcepos="line:col-line:col"` attribute (`CMARK_OPT_SOURCEPOS`).
    public static let sourcePositions = RenderOptions(rawValue: CMARK_OPT_SOURCEPOS)
}
