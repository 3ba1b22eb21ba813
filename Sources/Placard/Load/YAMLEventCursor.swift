import CYaml

/// libyaml's parser over a buffer of UTF-8, one event at a time. libyaml is imported as `CYaml`, the copy of it that
/// Yams builds. The buffer must outlive the cursor; used from one thread.
final class YAMLEventCursor {
    private var parser = yaml_parser_t()
    /// The current event; valid until the next call of ``next()``.
    private(set) var event = yaml_event_t()
    private var holdsEvent = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        yaml_parser_initialize(&parser)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        if holdsEvent { yaml_event_delete(&event) }
        yaml_parser_delete(&parser)
    }

    /// The next event's type; `YAML_NO_EVENT` after a syntax error.
    func next() -> yaml_event_type_t {
        if holdsEvent { yaml_event_delete(&event) }
        holdsEvent = yaml_parser_parse(&parser, &event) == 1
        return holdsEvent ? event.type : YAML_NO_EVENT
    }

    /// The 1-based line and column where the current event starts, as Yams gives marks.
    var position: (line: Int, column: Int) {
        (event.start_mark.line + 1, event.start_mark.column + 1)
    }
}
