/// One complete walk through a flow: the steps passed with their answers, and where it ended.
public struct AnswerPath: Hashable, Codable, Sendable {
    /// The steps passed before the end, with the answer given at each (`nil` on information
    /// screens).
    public var visits: [Visit]
    /// The outcome step reached, or `nil` for a dead end.
    public var outcome: String?
    /// The ids of the cards the outcome shows, in display order.
    public var cards: [String]

    /// Creates a path.
    public init(visits: [Visit], outcome: String?, cards: [String]) {
        self.visits = visits
        self.outcome = outcome
        self.cards = cards
    }

    /// Whether the path ends without showing a card.
    public var reachesNoCard: Bool { cards.isEmpty }
}
