/// Whether a list is bulleted or numbered.
///
/// A plain value: `Sendable`, usable on any thread.
public enum ListType: Sendable, Hashable {
    /// A `-`, `+` or `*` list (`<ul>`).
    case bullet
    /// A numbered list (`<ol>`).
    case ordered
}
