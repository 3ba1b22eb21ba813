/// The kind of one event of libyaml's parser (``YAMLEventReader``); the reader gives the event's details.
public enum YAMLEvent: Sendable, Equatable {
    case streamStart, streamEnd, documentStart, documentEnd
    case sequenceStart, sequenceEnd
    case mappingStart, mappingEnd
    /// A value (``YAMLEventReader/scalar``).
    case scalar
    /// An alias, `*name` (``YAMLEventReader/aliasName``).
    case alias
    /// A syntax error: the text is not YAML from here on; the reader gives nothing more.
    case error
}

/// A scalar as libyaml read it.
public struct YAMLScalar: Sendable, Equatable {
    /// The value, with escapes and folding applied.
    public var text: String
    /// Whether it was written without quotes or a block indicator.
    public var plain: Bool
}
