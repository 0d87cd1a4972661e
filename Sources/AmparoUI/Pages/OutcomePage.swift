/// The end of a path: guidance cards to read and scroll.
public struct OutcomePage: Hashable, Sendable {
    public var header: Header
    /// "What you can do" or the outcome step's own text.
    public var heading: String
    /// Notices shown above the cards (the flow's notice, a disclaimer).
    public var notices: [String]
    public var cards: [CardModel]
    /// Lines after the last card ("This is the end of the guidance.").
    public var closing: [String]

    public init(header: Header, heading: String, notices: [String] = [], cards: [CardModel],
                closing: [String] = []) {
        self.header = header
        self.heading = heading
        self.notices = notices
        self.cards = cards
        self.closing = closing
    }
}
