/// Every template of a library compiled into one flat list of instructions, with tables for what they refer to.
/// Everything is plain numbers, held in memory that never moves or changes, so that rendering reads it through
/// pointers and copies nothing it would have to count references for.
struct TemplateProgram: Sendable {
    /// One step: the numbers are offsets in the library's text or indices in the program's tables.
    enum Instruction {
        /// Copy text.
        case text(start: Int32, count: Int32)
        /// Print a value.
        case value(reference: Int32, escaped: Bool)
        /// A section over the instructions up to `end`.
        case section(reference: Int32, inverted: Bool, end: Int32)
        /// Include a template.
        case partial(inclusion: Int32)
        /// Include a template with some of its blocks replaced (`blocks` indexes ``blockSets``).
        case parent(inclusion: Int32, blocks: Int32)
        /// A block, whose own content follows, up to its ``Block/end``.
        case block(Int32)
    }

    /// A name in a tag: its first key, the rest of its dotted keys and its transforms in ``keys`` and
    /// ``transforms``.
    struct Reference {
        var start: TemplateReference.Start
        /// The first key, or -1 for `.` and position transforms.
        var key: Int32
        var moreKeys: Range<Int32>
        var transforms: Range<Int32>
    }

    /// A `{{> partial}}` or `{{< parent}}` tag.
    struct Inclusion {
        /// The template's number, or -1 with a dynamic name.
        var template: Int32
        /// The reference giving the name of a `{{>*name}}` tag, or -1.
        var dynamicName: Int32
        /// Its indentation, in the library's text.
        var indentation: Range<Int32>
        var site: TemplateSite
    }

    /// A block: its name, its content's instructions, and its indentation in the library's text.
    struct Block {
        var name: Int32
        var start: Int32
        var end: Int32
        var indentation: Range<Int32>
    }

    let instructions: Frozen<Instruction>
    let references: Frozen<Reference>
    let keys: Frozen<Int32>
    let transforms: Frozen<TemplateTransform>
    let inclusions: Frozen<Inclusion>
    let blocks: Frozen<Block>
    /// The blocks a parent tag gives, as ranges of ``blockIndices``.
    let blockSets: Frozen<Range<Int32>>
    let blockIndices: Frozen<Int32>
    /// Each template's instructions, by template number; `nil` for a name only a tag gives.
    let templates: [Range<Int32>?]
}

/// An array copied once into memory of its own, read through a pointer for as long as the value exists.
///
/// `@unchecked` because the compiler cannot see that the buffer is written only in `init`, before the value is
/// shared, and only read afterwards; the elements are `Sendable` values.
final class Frozen<Element: Sendable>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ elements: [Element]) {
        buffer = .allocate(capacity: max(elements.count, 1))
        _ = buffer.initialize(from: elements)
    }

    /// The elements are plain values (numbers and enums of numbers), so nothing needs deinitializing.
    deinit { buffer.deallocate() }

    @inline(__always)
    subscript(index: Int32) -> Element { buffer[Int(index)] }

    var pointer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(buffer) }
}
