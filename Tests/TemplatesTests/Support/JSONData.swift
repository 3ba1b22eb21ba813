import Templates

/// JSON data as the spec suite gives it, turned into template values for a library's keys.
enum JSONData: Decodable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A decimal number, as its shortest text (`1.21`), which is how Mustache prints it.
    case decimal(String)
    case string(String)
    case array([JSONData])
    case object([String: JSONData])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .int(number)
        } else if let number = try? container.decode(Double.self) {
            self = .decimal("\(number)")
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let array = try? container.decode([JSONData].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONData].self))
        }
    }

    /// The value templates see; object keys no template uses are left out (no tag could name them).
    func value(in library: TemplateLibrary) -> TemplateValue {
        switch self {
        case .null: .missing
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .decimal(let text): .text(text)
        case .string(let text): .text(text)
        case .array(let elements): .list(TemplateArray(elements.map { $0.value(in: library) }))
        case .object(let fields):
            .object(
                TemplateDictionary(
                    Dictionary(
                        uniqueKeysWithValues: fields.compactMap { name, value in
                            library.key(name).map { ($0, value.value(in: library)) }
                        })))
        }
    }
}
