extension Flow {
    /// The cards an outcome step shows for these answers, in card declaration order: the cards
    /// it lists, plus (unless `show-matching: false`) every card whose `when` holds. Empty for a
    /// step that is not an outcome.
    ///
    /// This is the one rule for what an outcome shows: the wizard and `decide` (through
    /// ``Session/outcomeCards``), the validator's answer-space search, and path analysis and
    /// review (whose faster index is tested against it) all follow it.
    public func outcomeCards(at stepID: String, answers: Answers) -> [Card] {
        step(stepID).map { outcomeCards(of: $0, answers: answers) } ?? []
    }

    /// The cards outcome `step` (one of this flow's steps) shows for these answers; see
    /// ``outcomeCards(at:answers:)``.
    public func outcomeCards(of step: Step, answers: Answers) -> [Card] {
        guard step.kind.isOutcome else { return [] }
        let listed = Set(step.cards.map(\.id))
        return cards.filter { card in
            listed.contains(card.id) || (step.showMatching && (card.when?.evaluate(answers) ?? false))
        }
    }
}
