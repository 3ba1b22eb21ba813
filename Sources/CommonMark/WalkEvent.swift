/// Whether a walk is entering or leaving a node.
///
/// Leaf nodes (``NodeKind/isLeaf``: text, code, breaks, code blocks, raw HTML, thematic breaks) are only
/// entered; every other node is entered, then its descendants are walked, then it is exited.
public enum WalkEvent: Sendable, Hashable {
    /// Before the node's children.
    case enter
    /// After the node's children.
    case exit
}
