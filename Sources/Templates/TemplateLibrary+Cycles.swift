extension TemplateLibrary {
    /// A partial or parent tag that always includes its own template again, directly or through other templates:
    /// rendering it could never end.
    public struct Cycle: Sendable, Equatable {
        public var kind: Inclusion.Kind
        public var site: TemplateSite
        /// The templates the loop goes through: the one holding the tag, the ones it includes in turn, and the one
        /// holding the tag again.
        public var path: [String]
    }

    /// Every partial or parent tag on an unconditional loop. An inclusion is unconditional when it is outside any
    /// section and any block (a block may be replaced); recursion inside a section, such as a comment partial that
    /// includes itself for `{{#replies}}`, ends with the data and is left to the depth limit at render time.
    static func cycles(in compiled: [Int: [TemplateNode]], names: [String]) -> [Cycle] {
        var edges: [Int: [(target: Int, kind: Inclusion.Kind, site: TemplateSite)]] = [:]
        for (number, nodes) in compiled {
            unconditional(nodes) { inclusion, kind in
                edges[number, default: []].append((inclusion.template, kind, inclusion.site))
            }
        }
        var cycles: [Cycle] = []
        for source in edges.keys.sorted() {
            for edge in edges[source]! where compiled[edge.target] != nil {
                guard let path = path(from: edge.target, to: source, edges.mapValues { $0.map(\.target) }) else {
                    continue
                }
                cycles.append(Cycle(kind: edge.kind, site: edge.site, path: ([source] + path).map { names[$0] }))
            }
        }
        return cycles
    }

    private static func unconditional(
        _ nodes: [TemplateNode], _ found: (TemplateInclusion, Inclusion.Kind) -> Void
    ) {
        for node in nodes {
            switch node {
            case .partial(let inclusion) where inclusion.dynamicName == nil: found(inclusion, .partial)
            case .parent(let inclusion, _) where inclusion.dynamicName == nil: found(inclusion, .parent)
            default: continue
            }
        }
    }

    /// The shortest chain of templates from `start` to `end` (both included), if there is one.
    private static func path(from start: Int, to end: Int, _ edges: [Int: [Int]]) -> [Int]? {
        var previous: [Int: Int] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            if current == end {
                var chain = [end]
                while chain[0] != start { chain.insert(previous[chain[0]]!, at: 0) }
                return chain
            }
            for next in edges[current] ?? [] where previous[next] == nil {
                previous[next] = current
                queue.append(next)
            }
        }
        return nil
    }
}
