/// A value as templates see it. Objects, lists and lazily written text are protocols the host implements over its
/// own model, so that nothing is converted to a dictionary and no value is cast at render time.
public enum TemplateValue: Sendable {
    /// Not there: renders as nothing, false in a section, and a name lookup goes on up the context stack.
    case missing
    /// `true` or `false`: a section renders once or not at all; printed as `true` or `false`.
    case bool(Bool)
    /// A whole number, printed in decimal; true in a section, even 0.
    case int(Int)
    /// Plain text: `{{name}}` escapes it, `{{{name}}}` does not; true in a section, even when empty.
    case text(String)
    /// Text the host writes itself when it is printed, straight into the page.
    case custom(any TemplateText)
    /// An object with named values; a section over it pushes it on the context stack.
    case object(any TemplateContext)
    /// A list: a section renders once per element; false when empty.
    case list(any TemplateList)
}

/// An object of the host's model as templates see it.
public protocol TemplateContext: Sendable {
    /// The value named by `key`, or ``TemplateValue/missing``.
    /// - Parameter key: a name's number in the library's ``TemplateLibrary/keys`` (names the host did not declare
    ///   get numbers after those, so a host's `switch` can treat them as missing).
    func value(for key: Int) -> TemplateValue
}

/// A list of the host's model as templates see it.
public protocol TemplateList: Sendable {
    /// How many elements the list has.
    var count: Int { get }
    /// The element at `index`, from 0 to `count - 1`.
    func element(at index: Int) -> TemplateValue
}

/// Text the host writes into the page itself when a template prints it, e.g. HTML straight from a Markdown renderer,
/// or a URL put together from parts.
public protocol TemplateText: Sendable {
    /// Whether the text is empty (the `empty` transform).
    var isEmpty: Bool { get }
    /// Appends the text to `output`, HTML-escaped when `escaped` is true (a `{{name}}` tag).
    func write(to output: inout TemplateOutput, escaped: Bool)
}

/// A list of values held in an array.
public struct TemplateArray: TemplateList {
    public let values: [TemplateValue]

    public init(_ values: [TemplateValue]) { self.values = values }

    public var count: Int { values.count }
    public func element(at index: Int) -> TemplateValue { values[index] }
}

/// An object whose values are looked up in a dictionary by key number: for tests and for data with no fixed shape.
public struct TemplateDictionary: TemplateContext {
    public let values: [Int: TemplateValue]

    public init(_ values: [Int: TemplateValue]) { self.values = values }

    public func value(for key: Int) -> TemplateValue { values[key] ?? .missing }
}
