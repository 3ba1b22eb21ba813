internal import CLibYAML

/// libyaml's parser over a buffer of UTF-8, one event at a time: the C library's only door. No C pointer leaves this
/// type, each event is freed before the next is read, and what an event holds is copied out only when asked for.
/// The buffer must outlive the reader; one thread at a time.
public final class YAMLEventReader {
    private var parser = yaml_parser_t()
    private var event = yaml_event_t()
    private var holdsEvent = false

    /// A reader of `bytes`, which must stay valid while it reads.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        yaml_parser_initialize(&parser)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        if holdsEvent { yaml_event_delete(&event) }
        yaml_parser_delete(&parser)
    }

    /// Reads the next event; ``YAMLEvent/error`` after a syntax error.
    public func next() -> YAMLEvent {
        if holdsEvent { yaml_event_delete(&event) }
        holdsEvent = yaml_parser_parse(&parser, &event) == 1
        guard holdsEvent else { return .error }
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT: return .streamEnd
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_SEQUENCE_START_EVENT: return .sequenceStart
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT: return .mappingStart
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        case YAML_SCALAR_EVENT: return .scalar
        case YAML_ALIAS_EVENT: return .alias
        default: return .error
        }
    }

    /// The 1-based line where the current event starts, as Yams gives marks.
    public var line: Int { holdsEvent ? event.start_mark.line + 1 : 0 }
    /// The 1-based column where the current event starts.
    public var column: Int { holdsEvent ? event.start_mark.column + 1 : 0 }

    /// The current scalar, list or mapping's anchor (`&name`), if it has one.
    public var anchor: String? {
        guard holdsEvent else { return nil }
        switch event.type {
        case YAML_SCALAR_EVENT: return Self.text(event.data.scalar.anchor)
        case YAML_SEQUENCE_START_EVENT: return Self.text(event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT: return Self.text(event.data.mapping_start.anchor)
        default: return nil
        }
    }

    /// Whether the current scalar, list or mapping has neither an anchor nor a tag.
    public var isPlainNode: Bool {
        guard holdsEvent else { return false }
        switch event.type {
        case YAML_SCALAR_EVENT: return event.data.scalar.anchor == nil && event.data.scalar.tag == nil
        case YAML_SEQUENCE_START_EVENT:
            return event.data.sequence_start.anchor == nil && event.data.sequence_start.tag == nil
        case YAML_MAPPING_START_EVENT:
            return event.data.mapping_start.anchor == nil && event.data.mapping_start.tag == nil
        default: return false
        }
    }

    /// The current scalar; `nil` when the event is not one.
    public var scalar: YAMLScalar? {
        guard holdsEvent, event.type == YAML_SCALAR_EVENT else { return nil }
        let bytes = UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length)
        return YAMLScalar(
            text: String(decoding: bytes, as: UTF8.self), plain: event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE)
    }

    /// The name the current alias refers to; `nil` when the event is not an alias.
    public var aliasName: String? {
        guard holdsEvent, event.type == YAML_ALIAS_EVENT else { return nil }
        return Self.text(event.data.alias.anchor)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
