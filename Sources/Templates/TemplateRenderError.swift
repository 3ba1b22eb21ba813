/// A render stopped because partials or parents nested too deep: a template includes itself, directly or through
/// others, and nothing in the data ends it.
public struct TemplateRenderError: Error, Sendable, Equatable {
    /// How many partials and parents may be open at once. A comment thread at the deepest `max_depth` (100) needs
    /// about 105.
    public static let depthLimit = 200

    /// The tag that would have gone one level deeper.
    public let site: TemplateSite
    /// The names of the templates open at that point, outermost first (the page's template, then each partial or
    /// parent), with repeats collapsed to the first loop.
    public let chain: [String]
}
