/// One drawn frame: the screen to show, and what drawing it measured, which the runtime hands
/// back to the state as `.drawn` for the next event.
public struct WizardFrame: Sendable {
    /// The cells to show.
    public var screen: Screen
    /// The body's size, the click regions, the terminal's size.
    var layout: WizardLayout
    /// The current page's list as drawn: its scroll offset settled (clamped, scrolled to show
    /// the highlight) and whether the highlight is in view.
    var list: (page: AppPage, state: ListState)?
    /// The help's scroll offset, clamped to its text.
    var helpOffset: Int?
    /// The urgent screen's scroll offset, clamped to its text.
    var urgentOffset: Int?
}

extension WizardState {
    /// Keeps what `frame` measured: the layout, and the scroll positions as drawn (the
    /// `.drawn` event; drawing itself changes nothing).
    mutating func record(_ frame: WizardFrame) {
        layout = frame.layout
        if let (page, list) = frame.list { lists[page] = list }
        if let offset = frame.helpOffset { helpOffset = offset }
        if let offset = frame.urgentOffset { kiosk.urgentOffset = offset }
    }
}
