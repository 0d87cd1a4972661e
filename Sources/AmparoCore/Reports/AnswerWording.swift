/// Answers in words: option labels, "I don't know", and answer constraints as `question = answer`.
public struct AnswerWording {
    /// The flow the answers belong to.
    public var flow: Flow
    /// How to word them.
    public var language: ReportLanguage

    /// Creates a wording.
    public init(flow: Flow, language: ReportLanguage = .english) {
        self.flow = flow
        self.language = language
    }

    /// The label of one answer id of a question (`unsure` gets its custom or default label).
    public func label(_ id: String, of step: Step) -> String {
        if id == UnsureOption.id {
            return step.unsure?.label.map(language.text) ?? language(.answerUnsure)
        }
        return step.option(id).map { language.text($0.label) } ?? id
    }

    /// An answer as `Label [id]`, several joined by `; `.
    public func describe(_ answer: Answer, of step: Step) -> String {
        answer.ids.map { "\(label($0, of: step)) [\($0)]" }.joined(separator: "; ")
    }

    /// A constraint as one readable line: `employer = private or public`,
    /// `needs: food checked, health not checked`.
    public func describe(_ constraint: AnswerConstraint) -> String {
        guard let step = flow.step(constraint.question) else { return constraint.question }
        let parts = constraint.answers.map { answer -> String in
            switch answer {
            case .one(let id): return "\"\(label(id, of: step))\""
            case .unsure: return "\"\(label(UnsureOption.id, of: step))\""
            case .many(let checked):
                let words = constraint.comparedOptions.map { id in
                    "\"\(label(id, of: step))\" " + (checked.contains(id) ? "checked" : "not checked")
                }
                return words.isEmpty ? "any options checked" : words.joined(separator: " and ")
            }
        }
        return "\(constraint.question) = " + parts.joined(separator: " or ")
    }
}
