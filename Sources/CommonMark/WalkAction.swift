/// What a walk does after a visitor has seen a node.
public enum WalkAction: Sendable, Hashable {
    /// Go on to the next event.
    case `continue`
    /// On an enter event, do not visit the node's descendants; its exit event follows at once.
    /// Same as ``continue`` on an exit event or a leaf.
    case skipChildren
    /// End the walk; no further events are reported.
    case stop
}
