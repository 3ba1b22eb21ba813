/// Renders a library's program with a stack of contexts, appending to one output.
struct TemplateRenderer: ~Copyable {
    typealias Instruction = TemplateProgram.Instruction

    let library: TemplateLibrary
    let program: TemplateProgram
    let code: UnsafeBufferPointer<Instruction>
    let text: UnsafeBufferPointer<UInt8>
    /// The context stack, innermost last.
    var stack: [TemplateValue]
    /// The position in the list being iterated, for `first()`, `last()`, `index()`…; cleared inside an object, a
    /// partial or a block, as swift-mustache does.
    var iteration: (index: Int, count: Int)?
    /// What every line rendered now starts with (standalone partials and blocks, nested).
    var indentation: [UInt8] = []
    /// The blocks of each parent being rendered (indices of the program's block sets), outermost first: the
    /// outermost replacement of a block wins.
    var overrides: [Int32] = []
    /// The templates open, outermost first, for the depth limit and its message.
    var open: [Int32] = []

    init(library: TemplateLibrary, root: TemplateValue) {
        self.library = library
        program = library.program
        code = program.instructions.pointer
        text = library.textBytes
        stack = [root]
        stack.reserveCapacity(16)
    }

    /// Runs the instructions in `range`.
    mutating func render(_ range: Range<Int32>, _ output: inout TemplateOutput) throws(TemplateRenderError) {
        var index = Int(range.lowerBound)
        let end = Int(range.upperBound)
        while index < end {
            switch code[index] {
            case .text(let start, let count):
                writeText(UnsafeRawBufferPointer(start: text.baseAddress! + Int(start), count: Int(count)), &output)
                index += 1
            case .value(let reference, let escaped):
                write(resolve(reference), escaped: escaped, &output)
                index += 1
            case .section(let reference, let inverted, let sectionEnd):
                try renderSection(resolve(reference), inverted: inverted, Int32(index + 1)..<sectionEnd, &output)
                index = Int(sectionEnd)
            case .partial(let inclusion):
                try include(inclusion, blocks: -1, &output)
                index += 1
            case .parent(let inclusion, let blocks):
                try include(inclusion, blocks: blocks, &output)
                index += 1
            case .block(let block):
                try expand(block, &output)
                index = Int(program.blocks[block].end)
            }
        }
    }

    /// Copies template text, indenting each line when a standalone partial or block asks for it.
    private func writeText(_ bytes: UnsafeRawBufferPointer, _ output: inout TemplateOutput) {
        guard !indentation.isEmpty else { return output.append(bytes) }
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            lineEnd = min(lineEnd + 1, bytes.count)
            indent(&output)
            output.append(UnsafeRawBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
            lineStart = lineEnd
        }
    }

    /// Writes the indentation when the output is at the start of a line.
    private func indent(_ output: inout TemplateOutput) {
        guard !indentation.isEmpty, output.last == nil || output.last == UInt8(ascii: "\n") else { return }
        indentation.withUnsafeBytes { output.append($0) }
    }

    /// Prints a value: text (escaped or not), a number, `true` or `false`; nothing for lists, objects and missing
    /// values.
    private func write(_ value: TemplateValue, escaped: Bool, _ output: inout TemplateOutput) {
        switch value {
        case .text(let string):
            guard !string.isEmpty else { return }
            indent(&output)
            output.append(string, escaped: escaped)
        case .custom(let custom):
            guard !custom.isEmpty else { return }
            indent(&output)
            custom.write(to: &output, escaped: escaped)
        case .int(let number):
            indent(&output)
            output.append(number)
        case .bool(let flag):
            indent(&output)
            output.append(flag ? "true" : "false")
        case .missing, .object, .list:
            return
        }
    }

    private mutating func renderSection(
        _ value: TemplateValue, inverted: Bool, _ body: Range<Int32>, _ output: inout TemplateOutput
    ) throws(TemplateRenderError) {
        if inverted {
            if value.isFalse { try render(body, &output) }
            return
        }
        switch value {
        case .missing: return
        case .bool(let flag): if flag { try render(body, &output) }
        case .list(let list):
            let count = list.count
            let saved = iteration
            for index in 0..<count {
                stack.append(list.element(at: index))
                iteration = (index, count)
                try render(body, &output)
                stack.removeLast()
            }
            iteration = saved
        default:
            let saved = iteration
            iteration = nil
            stack.append(value)
            try render(body, &output)
            stack.removeLast()
            iteration = saved
        }
    }
}

extension TemplateValue {
    /// False in a section: missing, `false`, or an empty list.
    var isFalse: Bool {
        switch self {
        case .missing: true
        case .bool(let flag): !flag
        case .list(let list): list.count == 0
        default: false
        }
    }
}
