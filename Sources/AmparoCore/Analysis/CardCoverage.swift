/// Which answers show a card: for each outcome that can show it, the answer combinations that
/// lead there with the card shown. Used by `amparo review`.
public struct CardCoverage: Hashable, Codable, Sendable {
    /// The card's id.
    public var card: String
    /// The outcomes that can show it, in step order, with the combinations.
    public var outcomes: [OutcomeCombinations]

    /// Creates a coverage entry.
    public init(card: String, outcomes: [OutcomeCombinations]) {
        self.card = card
        self.outcomes = outcomes
    }
}

/// An outcome and the answer combinations that reach it showing a given card.
public struct OutcomeCombinations: Hashable, Codable, Sendable {
    /// The outcome step's id.
    public var outcome: String
    /// The combinations, merged where they differ in one question only.
    public var combinations: [AnswerCombination]

    /// Creates an entry.
    public init(outcome: String, combinations: [AnswerCombination]) {
        self.outcome = outcome
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
