/// A transform, `name(value)` in a tag: swift-mustache's set, on the values our contexts have.
enum TemplateTransform: String, CaseIterable, Sendable {
    // Lists, and with no argument the position in the list being iterated (`first()`, `last()`, `index()`…).
    case first, last, index, even, odd
    case count, empty, reversed, sorted
    // Text.
    case capitalized, lowercased, uppercased
    // Numbers.
    case equalzero, plusone, minusone

    /// Every transform's name, for an error message.
    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
