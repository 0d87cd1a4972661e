/// Where a kiosk is in its idle cycle.
public enum IdlePhase: Equatable, Sendable {
    /// Someone used it recently (or there is nothing to wipe).
    case active
    /// "Are you still there?": the screen clears when `secondsLeft` reaches 0.
    case countdown(secondsLeft: Int)
    /// Time is up: wipe now.
    case expired
}
