/// Finds the cards an outcome shows without evaluating every card's `when` at every outcome:
/// a card whose condition reads none of the questions answered so far evaluates as it would
/// with no answers at all, so that result is computed once. Only cards that read an answered
/// question are evaluated per state, which keeps analysis linear in the flow's size.
struct OutcomeCardIndex {
    private let flow: Flow
    /// Cards (by position) whose `when` holds with no answers.
    private let trueWithoutAnswers: [Int]
    /// question → positions of the cards whose `when` reads it.
    private let readers: [String: [Int]]

    init(flow: Flow) {
        self.flow = flow
        var trueWithoutAnswers: [Int] = []
        var readers: [String: [Int]] = [:]
        let none = Answers()
        for (position, card) in flow.cards.enumerated() {
            guard let when = card.when else { continue }
            if when.evaluate(none) { trueWithoutAnswers.append(position) }
            for question in Set(when.questions.map(\.id)) { readers[question, default: []].append(position) }
        }
        self.trueWithoutAnswers = trueWithoutAnswers
        self.readers = readers
    }

    /// The cards outcome `stepID` shows for `answers`, in declaration order (the same result as
    /// ``Flow/outcomeCards(at:answers:)``, and `OutcomeCardsAgreementTests` holds it to that).
    func cards(at stepID: String, answers: [String: Answer]) -> [Card] {
        guard let step = flow.step(stepID), step.kind.isOutcome else { return [] }
        var shown = Set(step.cards.compactMap { flow.cardPosition($0.id) })
        if step.showMatching {
            let lookup = Answers(answers)
            var affected = Set<Int>()
            for question in answers.keys { affected.formUnion(readers[question] ?? []) }
            for position in trueWithoutAnswers where !affected.contains(position) { shown.insert(position) }
            for position in affected where flow.cards[position].when?.evaluate(lookup) ?? false {
                shown.insert(position)
            }
        }
        return shown.sorted().map { flow.cards[$0] }
    }
}
