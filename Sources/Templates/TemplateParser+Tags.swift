extension TemplateParser {
    /// Reads one tag, whose opening delimiter starts at `start`, and adds what it compiles to.
    /// - Parameter space: the spaces before the tag at the start of its line, not yet added as text.
    mutating func parseTag(
        at start: Int, _ state: inout State, _ nodes: inout [TemplateNode], _ space: inout Range<Int>
    ) throws(TemplateSyntaxError) -> Outcome {
        let kind = position < source.count ? source[position] : 0
        if state.parentTopLevel, !"!=/$".utf8.contains(kind) { throw TemplateSyntaxError(.tagInsideParent, at: start) }
        switch kind {
        case UInt8(ascii: "#"), UInt8(ascii: "^"):
            position += 1
            return try parseSection(at: start, inverted: kind == UInt8(ascii: "^"), state, &nodes, &space)
        case UInt8(ascii: "/"):
            position += 1
            return try parseClose(at: start, state, &nodes, space)
        case UInt8(ascii: "!"):
            guard let end = find(close, from: position) else {
                throw TemplateSyntaxError(.unfinishedTag(closing: String(decoding: close, as: UTF8.self)), at: start)
            }
            position = end + close.count
            return .next(newLine: isStandalone(state))
        case UInt8(ascii: ">"):
            position += 1
            return try parsePartial(at: start, state, &nodes, &space)
        case UInt8(ascii: "<"):
            position += 1
            return try parseParent(at: start, state, &nodes, &space)
        case UInt8(ascii: "$"):
            position += 1
            return try parseBlock(at: start, state, &nodes, &space)
        case UInt8(ascii: "="):
            position += 1
            try parseDelimiters(at: start)
            return .next(newLine: isStandalone(state))
        case UInt8(ascii: "%"):
            throw TemplateSyntaxError(.pragma, at: start)
        default:
            appendText(space, to: &nodes, state)
            space = position..<position
            var escaped = true
            if kind == UInt8(ascii: "&") || kind == UInt8(ascii: "{") {
                position += 1
                escaped = false
            }
            let name = try readName(at: start, tripleBrace: kind == UInt8(ascii: "{"))
            nodes.append(.value(try reference(name, at: start), escaped: escaped))
            return .next(newLine: false)
        }
    }

    private mutating func parseSection(
        at start: Int, inverted: Bool, _ state: State, _ nodes: inout [TemplateNode], _ space: inout Range<Int>
    ) throws(TemplateSyntaxError) -> Outcome {
        let name = try readName(at: start)
        let reference = try reference(name, at: start)
        let standalone = isStandalone(state)
        if !standalone {
            appendText(space, to: &nodes, state)
            space = position..<position
        }
        var inner = state
        inner.section = (name, start)
        inner.newLine = standalone
        let body = try parseBody(inner)
        nodes.append(.section(reference, inverted: inverted, body: body))
        return .next(newLine: standalone)
    }

    private mutating func parseClose(
        at start: Int, _ state: State, _ nodes: inout [TemplateNode], _ space: Range<Int>
    ) throws(TemplateSyntaxError) -> Outcome {
        skipWhitespace()
        let nameOffset = position
        let name = try readName(at: start)
        guard let section = state.section else { throw TemplateSyntaxError(.closeWithoutOpen(name), at: start) }
        guard name == section.name else {
            throw TemplateSyntaxError(.sectionClosedWithOtherName(opened: section.name, closed: name), at: nameOffset)
        }
        if !isStandalone(state) { appendText(space, to: &nodes, state) }
        return .closed
    }

    /// Reads the name of a partial or parent tag (`*` first for a dynamic one), after ending the text before the tag.
    private mutating func inclusionTag(
        at start: Int, kind: TemplateLibrary.Inclusion.Kind, _ state: State, _ nodes: inout [TemplateNode],
        _ space: Range<Int>
    ) throws(TemplateSyntaxError) -> (inclusion: TemplateInclusion, name: String, dynamic: Bool, standalone: Bool) {
        skipWhitespace()
        let dynamic = position < source.count && source[position] == UInt8(ascii: "*")
        if dynamic { position += 1 }
        let name = try readName(at: start)
        appendText(space, to: &nodes, state)
        let standalone = isStandalone(state)
        return (try include(name, dynamic: dynamic, at: start, kind: kind), name, dynamic, standalone)
    }

    private mutating func parsePartial(
        at start: Int, _ state: State, _ nodes: inout [TemplateNode], _ space: inout Range<Int>
    ) throws(TemplateSyntaxError) -> Outcome {
        let tag = try inclusionTag(at: start, kind: .partial, state, &nodes, space)
        let standalone = tag.standalone
        var inclusion = tag.inclusion
        if standalone { inclusion.indentation = Array(source[space]) }
        space = position..<position
        nodes.append(.partial(inclusion))
        return .next(newLine: standalone)
    }

    private mutating func parseParent(
        at start: Int, _ state: State, _ nodes: inout [TemplateNode], _ space: inout Range<Int>
    ) throws(TemplateSyntaxError) -> Outcome {
        let tag = try inclusionTag(at: start, kind: .parent, state, &nodes, space)
        let (name, dynamic, standalone) = (tag.name, tag.dynamic, tag.standalone)
        var inclusion = tag.inclusion
        inclusion.indentation = Array(source[space])
        space = position..<position
        var inner = state
        inner.section = ((dynamic ? "*" : "") + name, start)
        inner.newLine = true
        inner.parentTopLevel = true
        let blocks = try parseBody(inner).compactMap { node -> TemplateBlock? in
            if case .block(let block) = node { return block }
            return nil
        }
        nodes.append(.parent(inclusion, blocks: blocks))
        return .next(newLine: standalone)
    }

    /// A `{{$name}}` tag: a block definition directly inside a parent, otherwise a block to expand.
    private mutating func parseBlock(
        at start: Int, _ state: State, _ nodes: inout [TemplateNode], _ space: inout Range<Int>
    ) throws(TemplateSyntaxError) -> Outcome {
        let name = try readName(at: start)
        guard !name.contains("(") else { throw TemplateSyntaxError(.transformOnBlock, at: start) }
        let tagSpace = space
        let standalone = isStandalone(state)
        var inner = state
        inner.section = (name, start)
        inner.parentTopLevel = false
        inner.newLine = standalone
        var indentation: [UInt8] = []
        if state.parentTopLevel {
            if case .none = state.dedent { inner.dedent = .pending }
        } else if standalone {
            // The block's lines are indented as its content is (or as its tag, when it is empty), relative to the
            // indentation already removed.
            let intrinsic = intrinsicIndentation(tagSpace: tagSpace, removed: state.dedent.count)
            indentation = Array(source[intrinsic])
            inner.dedent = .fixed(state.dedent.count + intrinsic.count)
        } else {
            appendText(tagSpace, to: &nodes, state)
            indentation = Array(source[tagSpace])
            space = position..<position
        }
        let body = try parseBody(inner)
        nodes.append(.block(TemplateBlock(name: symbols.key(name), body: body, indentation: indentation)))
        return .next(newLine: standalone)
    }

    /// The indentation of the line after a standalone block tag, less `removed`; the tag's own when that line
    /// closes the block.
    private func intrinsicIndentation(tagSpace: Range<Int>, removed: Int) -> Range<Int> {
        var index = position
        while index < source.count, source[index] == UInt8(ascii: " ") || source[index] == UInt8(ascii: "\t") {
            index += 1
        }
        var after = index + open.count
        guard index < source.count, matches(open, at: index) else { return min(position + removed, index)..<index }
        while after < source.count, source[after] == UInt8(ascii: " ") { after += 1 }
        if after < source.count, source[after] == UInt8(ascii: "/") { return tagSpace }
        return min(position + removed, index)..<index
    }
}
