/// A card's English (title, body, `now`, `say` and "not settled" note) should read at grade 8 or
/// below (Flesch-Kincaid, as A2J Author measures each page): the people reading it may be
/// frightened and may read little. A warning: the formula is a guide, not a judge.
struct ReadingGradeCheck: FlowCheck {
    static let maximumGrade = 8.0

    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        flow.cards.compactMap { card in
            let texts = [card.title, card.body] + [card.now, card.say, card.contested].compactMap { $0 }
            guard let grade = TextStatistics(joining: texts.map(\.english)).fleschKincaidGrade,
                  grade > ReadingGradeCheck.maximumGrade else { return nil }
            let shown = (grade * 10).rounded() / 10
            return Diagnostic(.readingGradeTooHigh,
                "card '\(card.id)' reads at grade \(shown) (Flesch-Kincaid); aim for grade 8 or below: shorter sentences, plainer words",
                at: card.body.location)
        }
    }
}
