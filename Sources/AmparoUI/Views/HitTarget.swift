/// What a click on part of the screen means.
public enum HitTarget: Hashable, Sendable {
    /// A choice in a list, by index (0-based, in display order).
    case choice(Int)
    /// A button: the action it stands for.
    case action(Action)
}
