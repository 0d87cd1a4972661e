extension Flow {
    /// The cards an outcome step shows for these answers, in card declaration order: the cards
    /// it lists, plus (unless `show-matching: false`) every card whose `when` holds. Empty for a
    /// step that is not an outcome.
    public func outcomeCards(at stepID: String, answers: Answers) -> [Card] {
        guard let step = step(stepID), step.kind == .outcome else { return [] }
        let listed = Set(step.cards.map(\.id))
        return cards.filter { card in
            listed.contains(card.id) || (step.showMatching && (card.when?.evaluate(answers) ?? false))
        }
    }
}

extension Answers {
    /// Answers from a dictionary of question id → answer.
    init(_ byQuestion: [String: Answer]) {
        self.init()
        for (question, answer) in byQuestion { self[question] = answer }
    }
}
