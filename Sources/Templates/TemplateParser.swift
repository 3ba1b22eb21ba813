/// Compiles one template's text into nodes, following Mustache's rules for standalone lines: a section, comment,
/// partial, parent, block or delimiter tag alone on its line (with only spaces or tabs around it) takes the line with
/// it, and a standalone partial indents every line it renders by the spaces before it. Within a parent
/// (`{{<layout}}`) and its blocks, a block's own indentation is removed where it is defined and put back where it is
/// expanded. The bookkeeping follows swift-mustache's parser, so that templates written for it render the same.
struct TemplateParser {
    /// The template's UTF-8 text.
    let source: [UInt8]
    /// The template's number in the library.
    let number: Int
    var symbols: TemplateSymbols
    /// Every `{{> partial}}` and `{{< parent}}` tag with a fixed name.
    var inclusions: [TemplateLibrary.Inclusion] = []
    var position = 0
    /// The current delimiters; `{{=<% %>=}}` changes them until the end of the template.
    var open: [UInt8] = Array("{{".utf8)
    var close: [UInt8] = Array("}}".utf8)

    /// Where the parser is, as far as the rules of whitespace go.
    struct State {
        /// The section being read (its name as written, and the offset of its opening tag), if any.
        var section: (name: String, offset: Int)?
        /// Whether the parser is at the start of a line, so that a tag may stand alone on it.
        var newLine = true
        /// Directly inside `{{<parent}}…{{/parent}}`, where only blocks count.
        var parentTopLevel = false
        /// How much indentation each line loses, inside a block definition or a standalone block.
        var dedent = Dedent.none
    }

    enum Dedent {
        case none
        /// Set by the first line (a block definition: its indentation is its first line's).
        case pending
        case fixed(Int)

        var count: Int {
            if case .fixed(let count) = self { return count }
            return 0
        }
    }

    /// What a tag did: the parser goes on, at a line start or not, or the section being read ended.
    enum Outcome {
        case next(newLine: Bool)
        case closed
    }

    init(source: [UInt8], number: Int, symbols: TemplateSymbols) {
        self.source = source
        self.number = number
        self.symbols = symbols
    }

    /// Compiles the whole template.
    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        try parseBody(State())
    }

    /// Reads text and tags until the end of the template or, in a section, its closing tag.
    mutating func parseBody(_ initial: State) throws(TemplateSyntaxError) -> [TemplateNode] {
        var state = initial
        var nodes: [TemplateNode] = []
        var space = position..<position
        while position < source.count {
            if state.newLine { space = lineStartSpace(&state) }
            let (text, atTag) = readText()
            if let newlineEnd = newlineEnd(at: position) {
                appendText(space, to: &nodes, state)
                appendText(text, to: &nodes, state)
                appendText(position..<newlineEnd, to: &nodes, state)
                space = newlineEnd..<newlineEnd
                position = newlineEnd
                state.newLine = true
                continue
            }
            if !text.isEmpty {
                appendText(space, to: &nodes, state)
                appendText(text, to: &nodes, state)
                space = position..<position
                state.newLine = false
            }
            guard atTag else { break }
            switch try parseTag(at: position - open.count, &state, &nodes, &space) {
            case .closed: return nodes
            case .next(let newLine):
                state.newLine = newLine
                if newLine { space = position..<position }
            }
        }
        if let section = state.section {
            throw TemplateSyntaxError(.sectionNeverClosed(section.name), at: section.offset)
        }
        appendText(space, to: &nodes, state)
        return nodes
    }

    /// Reads the spaces and tabs at the start of a line, less the indentation a block definition removes.
    mutating func lineStartSpace(_ state: inout State) -> Range<Int> {
        let start = position
        while position < source.count, source[position] == UInt8(ascii: " ") || source[position] == UInt8(ascii: "\t") {
            position += 1
        }
        if state.parentTopLevel { return start..<position }
        switch state.dedent {
        case .none: return start..<position
        case .fixed(let count): return min(start + count, position)..<position
        case .pending:
            state.dedent = .fixed(position - start)
            return position..<position
        }
    }

    /// Reads text up to the next tag (whose opening delimiter is read too), a newline (not read) or the end.
    mutating func readText() -> (text: Range<Int>, atTag: Bool) {
        let start = position
        let first = open[0]
        while position < source.count {
            let byte = source[position]
            if newlineEnd(at: position) != nil { return (start..<position, false) }
            if byte == first, matches(open, at: position) {
                position += open.count
                return (start..<(position - open.count), true)
            }
            position += 1
        }
        return (start..<position, false)
    }

    /// The end of the newline (`\n` or `\r\n`) at `index`, if there is one.
    func newlineEnd(at index: Int) -> Int? {
        guard index < source.count else { return nil }
        if source[index] == UInt8(ascii: "\n") { return index + 1 }
        if source[index] == UInt8(ascii: "\r"), index + 1 < source.count, source[index + 1] == UInt8(ascii: "\n") {
            return index + 2
        }
        return nil
    }

    /// Whether `delimiter` is at `index`.
    func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
        guard index + delimiter.count <= source.count else { return false }
        for offset in 0..<delimiter.count where source[index + offset] != delimiter[offset] { return false }
        return true
    }

    /// Whether a tag just read stands alone: it began a line and only spaces or tabs follow it up to a newline or the
    /// end, in which case they and the newline are read.
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        var index = position
        while index < source.count, source[index] == UInt8(ascii: " ") || source[index] == UInt8(ascii: "\t") {
            index += 1
        }
        if index == source.count {
            position = index
            return true
        }
        guard let end = newlineEnd(at: index) else { return false }
        position = end
        return true
    }

    /// Copies text into the library's store, joined to the previous text node when they are adjacent.
    mutating func appendText(_ range: Range<Int>, to nodes: inout [TemplateNode], _ state: State) {
        guard !range.isEmpty, !state.parentTopLevel else { return }
        let start = symbols.text.count
        symbols.text.append(contentsOf: source[range])
        if case .text(let previous, let count)? = nodes.last, previous + count == start {
            nodes[nodes.count - 1] = .text(start: previous, count: count + range.count)
        } else {
            nodes.append(.text(start: start, count: range.count))
        }
    }
}
