import Yams

extension YAMLReader {
    /// `aliases`: the old addresses of a post, an update or a page, a list of paths (or one path); an error at each item
    /// that is not one (``Alias/parse(_:)``).
    /// - Parameter files: whether an item may be a mapping `{path: /old/, file: name.pdf}` that leads to a file beside
    ///   the post instead of its page (posts only: updates and pages have no files beside them).
    mutating func aliases(_ fields: Fields, files: Bool) -> [Alias] {
        guard let node = fields["aliases"] else { return [] }
        let items: [Node]
        switch node {
        case .scalar: items = [node]
        case .sequence(let sequence): items = Array(sequence)
        default:
            error(
                "'aliases' must be a list of old paths such as [/2018/05/24/old-post/], not \(Self.describe(node))",
                at: node)
            return []
        }
        var aliases: [Alias] = []
        for item in items {
            if let alias = alias(item, files: files) { aliases.append(alias) }
        }
        return aliases
    }

    private mutating func alias(_ item: Node, files: Bool) -> Alias? {
        var text: String?
        var file: String?
        var at = item
        switch item {
        case .scalar(let scalar):
            text = scalar.string
        case .mapping where files:
            guard let inner = fields(item, expected: "an alias") else { return nil }
            warnUnknownKeys(inner, known: ["path", "file"], in: "an alias")
            text = requiredString(inner, "path", in: "the alias")
            file = string(inner, "file")
            at = inner["path"] ?? item
        default:
            error(
                "each item of 'aliases' must be an old path such as /2018/05/24/old-post/, not \(Self.describe(item))",
                at: item)
            return nil
        }
        guard let text else { return nil }
        do {
            var alias = try Alias.parse(text)
            alias.file = file
            let place = diagnostic(.error, "", at: at)
            alias.location = place.location
            alias.sourceLine = place.sourceLine
            return alias
        } catch {
            self.error(error.message, at: at)
            return nil
        }
    }
}
