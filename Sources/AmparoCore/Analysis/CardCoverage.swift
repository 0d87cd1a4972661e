/// Which answers show a card: the outcomes that can show it, and the answer combinations that
/// do (generalized: a question is left out when the card's showing does not depend on it).
/// Used by `amparo review`.
public struct CardCoverage: Hashable, Codable, Sendable {
    /// The card's id.
    public var card: String
    /// The outcomes that can show it, in step order.
    public var outcomes: [String]
    /// The combinations; any one of them shows the card.
    public var combinations: [AnswerCombination]

    /// Creates a coverage entry.
    public init(card: String, outcomes: [String], combinations: [AnswerCombination]) {
        self.card = card
        self.outcomes = outcomes
        self.combinations = combinations
    }
}

/// The result of ``FlowAnalysis/cardCoverage(limit:)``.
public struct CoverageReport: Hashable, Codable, Sendable {
    /// One entry per card, in declaration order (a card no path shows has no outcomes).
    public var cards: [CardCoverage]
    /// `false` when the flow has more groups of answers than the limit, so the lists are cut.
    public var isComplete: Bool

    /// Creates a report.
    public init(cards: [CardCoverage], isComplete: Bool) {
        self.cards = cards
        self.isComplete = isComplete
    }
}
