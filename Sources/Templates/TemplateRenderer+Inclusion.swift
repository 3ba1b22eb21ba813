extension TemplateRenderer {
    /// Renders a partial, or a parent with its blocks (a block set's index, or -1), in place: same context stack, its
    /// own indentation.
    mutating func include(_ index: Int32, blocks: Int32, _ output: inout TemplateOutput) throws(TemplateRenderError) {
        let inclusion = program.inclusions[index]
        var number = inclusion.template
        if inclusion.dynamicName >= 0 {
            guard case .text(let name) = resolve(inclusion.dynamicName), let found = library.number(of: name) else {
                return
            }
            number = Int32(found)
        }
        guard let range = program.templates[Int(number)] else { return }
        guard open.count < TemplateRenderError.depthLimit else {
            throw TemplateRenderError(site: inclusion.site, chain: loop(reaching: number))
        }
        let saved = iteration
        iteration = nil
        open.append(number)
        let indented = inclusion.indentation.count
        if indented > 0 { appendIndentation(inclusion.indentation) }
        if blocks >= 0 { overrides.append(blocks) }
        try render(range, &output)
        if blocks >= 0 { overrides.removeLast() }
        indentation.removeLast(indented)
        open.removeLast()
        iteration = saved
    }

    /// Renders a block: the outermost parent's replacement for it, or its own content.
    mutating func expand(_ index: Int32, _ output: inout TemplateOutput) throws(TemplateRenderError) {
        let block = program.blocks[index]
        var body = block.start..<block.end
        search: for set in overrides {
            for position in program.blockSets[set] {
                let candidate = program.blocks[program.blockIndices[position]]
                if candidate.name == block.name {
                    body = candidate.start..<candidate.end
                    break search
                }
            }
        }
        let saved = iteration
        iteration = nil
        let indented = block.indentation.count
        if indented > 0 { appendIndentation(block.indentation) }
        try render(body, &output)
        indentation.removeLast(indented)
        iteration = saved
    }

    /// Adds indentation bytes from the library's text.
    private mutating func appendIndentation(_ range: Range<Int32>) {
        indentation += UnsafeBufferPointer(rebasing: text[Int(range.lowerBound)..<Int(range.upperBound)])
    }

    /// The names of the open templates from the last time `number` was opened, then `number`: the loop that went
    /// too deep.
    private func loop(reaching number: Int32) -> [String] {
        let start = open.lastIndex(of: number) ?? 0
        return (open[start...] + [number]).map { library.name(of: Int($0)) }
    }
}
