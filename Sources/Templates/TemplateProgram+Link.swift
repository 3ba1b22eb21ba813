extension TemplateProgram {
    /// Flattens the templates' nodes into one program. Sections and blocks keep their content right after their own
    /// instruction; the blocks a parent tag replaces are placed after the template's own instructions.
    /// - Parameters:
    ///   - nodes: the compiled templates, by template number.
    ///   - count: how many template numbers there are.
    ///   - text: the library's text store; indentations are appended to it.
    init(nodes: [Int: [TemplateNode]], count: Int, text: inout [UInt8]) {
        var linker = Linker()
        var templates: [Range<Int32>?] = Array(repeating: nil, count: count)
        for number in nodes.keys.sorted() {
            templates[number] = linker.link(nodes[number]!, text: &text)
        }
        instructions = Frozen(linker.instructions)
        references = Frozen(linker.references)
        keys = Frozen(linker.keys)
        transforms = Frozen(linker.transforms)
        inclusions = Frozen(linker.inclusions)
        blocks = Frozen(linker.blocks)
        blockSets = Frozen(linker.blockSets)
        blockIndices = Frozen(linker.blockIndices)
        self.templates = templates
    }
}

/// Builds a program's tables while it flattens nodes.
private struct Linker {
    var instructions: [TemplateProgram.Instruction] = []
    var references: [TemplateProgram.Reference] = []
    var keys: [Int32] = []
    var transforms: [TemplateTransform] = []
    var inclusions: [TemplateProgram.Inclusion] = []
    var blocks: [TemplateProgram.Block] = []
    var blockSets: [Range<Int32>] = []
    var blockIndices: [Int32] = []
    /// Replacement blocks whose content is yet to be placed: their index in ``blocks`` and their nodes.
    private var pending: [(Int, [TemplateNode])] = []

    /// Places one template; returns the range of its own instructions.
    mutating func link(_ nodes: [TemplateNode], text: inout [UInt8]) -> Range<Int32> {
        let start = Int32(instructions.count)
        flatten(nodes, &text)
        let end = Int32(instructions.count)
        while !pending.isEmpty {
            let (index, body) = pending.removeFirst()
            blocks[index].start = Int32(instructions.count)
            flatten(body, &text)
            blocks[index].end = Int32(instructions.count)
        }
        return start..<end
    }

    private mutating func flatten(_ nodes: [TemplateNode], _ text: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let start, let count):
                instructions.append(.text(start: Int32(start), count: Int32(count)))
            case .value(let reference, let escaped):
                instructions.append(.value(reference: add(reference), escaped: escaped))
            case .section(let reference, let inverted, let body):
                let index = instructions.count
                instructions.append(.text(start: 0, count: 0))
                let reference = add(reference)
                flatten(body, &text)
                instructions[index] = .section(reference: reference, inverted: inverted, end: Int32(instructions.count))
            case .partial(let inclusion):
                instructions.append(.partial(inclusion: add(inclusion, &text)))
            case .parent(let inclusion, let replaced):
                let first = Int32(blockIndices.count)
                for block in replaced {
                    blockIndices.append(Int32(blocks.count))
                    pending.append((blocks.count, block.body))
                    blocks.append(.init(name: Int32(block.name), start: 0, end: 0, indentation: 0..<0))
                }
                blockSets.append(first..<Int32(blockIndices.count))
                instructions.append(.parent(inclusion: add(inclusion, &text), blocks: Int32(blockSets.count - 1)))
            case .block(let block):
                let index = blocks.count
                blocks.append(
                    .init(name: Int32(block.name), start: 0, end: 0, indentation: store(block.indentation, &text)))
                instructions.append(.block(Int32(index)))
                blocks[index].start = Int32(instructions.count)
                flatten(block.body, &text)
                blocks[index].end = Int32(instructions.count)
            }
        }
    }

    private mutating func add(_ reference: TemplateReference) -> Int32 {
        let firstKey = reference.keys.first.map(Int32.init) ?? -1
        let keyStart = Int32(keys.count)
        keys += reference.keys.dropFirst().map(Int32.init)
        let transformStart = Int32(transforms.count)
        transforms += reference.transforms
        references.append(
            .init(
                start: reference.start, key: firstKey, moreKeys: keyStart..<Int32(keys.count),
                transforms: transformStart..<Int32(transforms.count)))
        return Int32(references.count - 1)
    }

    private mutating func add(_ inclusion: TemplateInclusion, _ text: inout [UInt8]) -> Int32 {
        let dynamicName = inclusion.dynamicName.map { add($0) } ?? -1
        inclusions.append(
            .init(
                template: Int32(inclusion.template), dynamicName: dynamicName,
                indentation: store(inclusion.indentation, &text), site: inclusion.site))
        return Int32(inclusions.count - 1)
    }

    /// Appends bytes to the text store; returns where they are.
    private func store(_ bytes: [UInt8], _ text: inout [UInt8]) -> Range<Int32> {
        let start = Int32(text.count)
        text += bytes
        return start..<Int32(text.count)
    }
}
