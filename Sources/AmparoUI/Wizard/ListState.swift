/// Where the highlight and the scroll position are on one screen.
public struct ListState: Hashable, Sendable {
    /// The highlighted item (0-based).
    public var selected = 0
    /// The first body line shown.
    public var offset = 0
    /// Set when the highlight moved: the next layout scrolls to show it.
    public var revealSelection = true
    /// Whether the last layout showed the highlighted item. After Home shows the top of a page
    /// whose first choice is below the window, the next Down or Up scrolls to the highlight
    /// instead of moving it past a choice the person never saw.
    public var selectionVisible = true

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }
}
