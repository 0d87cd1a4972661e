/// A screen the kiosk and take-away features draw over the current page (the idle countdown is
/// drawn over all of them, see `KioskState.countdown`). The page under it
/// keeps its state, so closing the overlay returns exactly to where the person was.
public enum KioskOverlay: Equatable, Sendable {
    /// "Agents are here now": the flow's urgent cards, or the built-in urgent screen.
    case urgent
    /// The staff PIN prompt.
    case staffPrompt
    /// The take-away: QR code, print, save.
    case takeAway
}
