/// What the templates of one library share while they are compiled: the numbers of names and of templates, and one
/// store of every template's text.
struct TemplateSymbols: Sendable {
    /// Key numbers by name: the host's keys first, in the order given, then every other name a template uses.
    private(set) var keys: [String: Int] = [:]
    private(set) var keyCount = 0
    /// Template numbers by name, including names a partial tag uses before (or without) a template of that name.
    private(set) var templates: [String: Int] = [:]
    private(set) var templateNames: [String] = []
    /// The text of every template, for `.text` nodes.
    var text: [UInt8] = []

    init(keys: [String]) {
        for name in keys where self.keys[name] == nil {
            self.keys[name] = keyCount
            keyCount += 1
        }
    }

    /// The number of a name, given a new one if it is new.
    mutating func key(_ name: String) -> Int {
        if let number = keys[name] { return number }
        keys[name] = keyCount
        keyCount += 1
        return keyCount - 1
    }

    /// The number of a template name, given a new one if it is new.
    mutating func template(_ name: String) -> Int {
        if let number = templates[name] { return number }
        templates[name] = templateNames.count
        templateNames.append(name)
        return templateNames.count - 1
    }
}
