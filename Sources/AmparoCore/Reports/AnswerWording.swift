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
        if constraint.isAnyAnswer { return "\(constraint.question) = any answer (the question is asked)" }
        switch step.kind.answerShape {
        case .one, .none:
            let parts = constraint.answers.map { "\"\(label($0.ids.first ?? "", of: step))\"" }
            return "\(constraint.question) = " + parts.joined(separator: " or ")
        case .many:
            let subsets = constraint.answers.compactMap { answer -> Set<String>? in
                if case .many(let checked) = answer { return checked }
                return nil
            }
            var parts = SubsetCover.cubes(subsets, over: constraint.comparedOptions).map { cube -> String in
                let words = cube.checked.map { "\"\(label($0, of: step))\" checked" }
                    + cube.unchecked.map { "\"\(label($0, of: step))\" not checked" }
                return words.isEmpty ? "any options checked" : words.joined(separator: " and ")
            }
            if constraint.answers.contains(.unsure) { parts.append("\"\(label(UnsureOption.id, of: step))\"") }
            return "\(constraint.question): " + parts.joined(separator: "; or ")
        }
    }
}
