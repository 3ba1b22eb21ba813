/// One step of a compiled template: text to copy, a value to print, a section, a partial, a parent or a block.
/// Names are key numbers and partials are template numbers, both resolved when the template was compiled.
enum TemplateNode: Sendable {
    /// Bytes of the library's text storage, copied as they are.
    case text(start: Int, count: Int)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}`.
    case value(TemplateReference, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(TemplateReference, inverted: Bool, body: [TemplateNode])
    /// `{{> name}}`: another template, rendered in place with the same context.
    case partial(TemplateInclusion)
    /// `{{< name}}…{{/name}}`: another template, with some of its blocks replaced.
    case parent(TemplateInclusion, blocks: [TemplateBlock])
    /// `{{$name}}…{{/name}}` outside a parent: the replacement given by a template that inherits this one, or the
    /// default content.
    case block(TemplateBlock)
}

/// A `{{$name}}` block: its name, its content, and the indentation its lines get where it is expanded.
struct TemplateBlock: Sendable {
    var name: Int
    var body: [TemplateNode]
    /// Added at the start of every line the block renders (the block's own indentation when its tag stands alone).
    var indentation: [UInt8]
}

/// A `{{> partial}}` or `{{< parent}}` tag: which template, where the tag is, and the indentation of a standalone tag.
struct TemplateInclusion: Sendable {
    /// The included template's number in the library.
    var template: Int
    /// Where the tag is: its template's number and the byte offset of its `{{`.
    var site: TemplateSite
    /// Added at the start of every line the included template renders.
    var indentation: [UInt8]
    /// A `{{>*name}}` tag: `template` is unused and the name is the value of `dynamicName`.
    var dynamicName: TemplateReference?
}

/// Where a tag is: a template's number in the library and the byte offset of the tag's opening delimiter.
public struct TemplateSite: Sendable, Hashable {
    public var template: Int
    public var offset: Int
}

/// A name as a tag writes it, resolved: where its lookup starts, its key numbers, and the transforms applied.
struct TemplateReference: Sendable {
    enum Start: Sendable {
        /// The first key is looked up in each object of the context stack, innermost first.
        case stack
        /// `.` or `.name`: the innermost object only.
        case current
        /// `first()`, `index()`…: the position in the list being iterated.
        case iteration
    }

    var start: Start
    /// The key numbers of the dotted parts; empty for `.`.
    var keys: [Int]
    /// Applied in order, the innermost of `a(b(name))` first.
    var transforms: [TemplateTransform]
}
