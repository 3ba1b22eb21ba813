extension TemplateRenderer {
    /// Renders a partial, or a parent with its blocks, in place: same context stack, its own indentation.
    mutating func include(
        _ inclusion: TemplateInclusion, blocks: [TemplateBlock]?, _ output: inout TemplateOutput
    ) throws(TemplateRenderError) {
        var number = inclusion.template
        if let dynamic = inclusion.dynamicName {
            guard case .text(let name) = resolve(dynamic), let found = library.number(of: name) else { return }
            number = found
        }
        guard let program = library.program(number) else { return }
        guard open.count < TemplateRenderError.depthLimit else {
            throw TemplateRenderError(site: inclusion.site, chain: loop(reaching: number))
        }
        let saved = iteration
        iteration = nil
        open.append(number)
        indentation += inclusion.indentation
        if let blocks { overrides.append(blocks) }
        try render(program, &output)
        if blocks != nil { overrides.removeLast() }
        indentation.removeLast(inclusion.indentation.count)
        open.removeLast()
        iteration = saved
    }

    /// Renders a block: the outermost parent's replacement for it, or its own content.
    mutating func expand(_ block: TemplateBlock, _ output: inout TemplateOutput) throws(TemplateRenderError) {
        var body = block.body
        search: for blocks in overrides {
            for candidate in blocks where candidate.name == block.name {
                body = candidate.body
                break search
            }
        }
        let saved = iteration
        iteration = nil
        indentation += block.indentation
        try render(body, &output)
        indentation.removeLast(block.indentation.count)
        iteration = saved
    }

    /// The names of the open templates from the last time `number` was opened, then `number`: the loop that went
    /// too deep.
    private func loop(reaching number: Int) -> [String] {
        let start = open.lastIndex(of: number) ?? 0
        return (open[start...] + [number]).map { library.name(of: $0) }
    }
}
