/// The result of walking a flow with scripted answers: the path taken, the outcome and its cards.
public struct Decision: Hashable, Sendable {
    /// The flow walked.
    public var flow: Flow
    /// The steps passed before the outcome, with their answers.
    public var path: [Visit]
    /// The outcome step reached.
    public var outcome: Step
    /// The cards it shows, in display order.
    public var cards: [Card]
    /// Answers given for questions the path never reached.
    public var unusedAnswers: [String]

    /// Creates a decision.
    public init(flow: Flow, path: [Visit], outcome: Step, cards: [Card], unusedAnswers: [String]) {
        self.flow = flow
        self.path = path
        self.outcome = outcome
        self.cards = cards
        self.unusedAnswers = unusedAnswers
    }
}
