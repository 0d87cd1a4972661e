/// Computes the ways on from a state, merging answers conditions cannot tell apart.
struct AnalysisTransitions {
    let flow: Flow
    let index: AnalysisIndex
    let outcomeCards: OutcomeCardIndex

    init(flow: Flow, index: AnalysisIndex) {
        self.flow = flow
        self.index = index
        outcomeCards = OutcomeCardIndex(flow: flow)
    }

    /// The cards an outcome state shows.
    func cards(at state: AnalysisState) -> [Card] {
        outcomeCards.cards(at: state.step, answers: state.answers)
    }

    /// The state at the flow's first step.
    var start: AnalysisState { AnalysisState(step: flow.start.id, answers: [:]) }

    /// The ways on from `state`. With `expand`, every real answer is its own transition
    /// (multiple choice: every non-empty subset), and answers are kept whole instead of
    /// projected, so paths can be listed as the person would give them.
    func from(_ state: AnalysisState, expand: Bool = false) -> [AnalysisTransition] {
        guard let step = flow.step(state.step) else { return [] }
        switch step.kind.behaviour {
        case .showCards:
            return []
        case .read:
            let target = step.route(for: nil, answers: Answers(state.answers))?.id
            return [AnalysisTransition(answer: nil, multiplicity: .one,
                                       next: next(target, state.answers, expand: expand), projected: nil)]
        case .chooseOne, .chooseMany:
            return answers(of: step, expand: expand).map { answer, multiplicity in
                var answers = state.answers
                let projected = expand ? answer : index.project(answer, of: step.id)
                answers[step.id] = projected
                let target = step.route(for: answer, answers: Answers(answers))?.id
                return AnalysisTransition(answer: answer, multiplicity: multiplicity,
                                          next: next(target, answers, expand: expand), projected: projected)
            }
        }
    }

    private func next(_ target: String?, _ answers: [String: Answer], expand: Bool) -> AnalysisState? {
        guard let target, flow.step(target) != nil else { return nil }
        return AnalysisState(step: target, answers: expand ? answers : index.project(answers, at: target))
    }

    /// The real answers of a question, each with how many answers it stands for.
    private func answers(of step: Step, expand: Bool) -> [(Answer, PathCount)] {
        var result: [(Answer, PathCount)] = []
        switch step.kind.answerShape {
        case .one:
            result = step.options.map { (.one($0.id), .one) }
        case .many where expand:
            result = Subsets.nonEmpty(of: step.options.map(\.id)).map { (.many(Set($0)), .one) }
        case .many:
            result = projectedSubsets(of: step)
        case .none:
            return []  // not a question (`from` asks only questions)
        }
        if step.unsure != nil { result.append((.unsure, .one)) }
        return result
    }

    /// Multiple choice, merged: one transition per subset of the compared options, standing
    /// for every real subset that agrees with it on those options.
    private func projectedSubsets(of step: Step) -> [(Answer, PathCount)] {
        let all = step.options.map(\.id)
        let compared = index.comparedOptions[step.id] ?? []
        let relevant = all.filter { compared.contains($0) }
        let others = all.filter { !compared.contains($0) }
        let free = PathCount.powerOfTwo(others.count)
        return Subsets.all(of: relevant).compactMap { subset in
            if subset.isEmpty {
                guard let filler = others.first else { return nil }
                return (.many([filler]), free - 1)
            }
            return (.many(Set(subset)), free)
        }
    }
}

/// Subsets of a small list of ids, in a stable order.
enum Subsets {
    /// Every subset, the empty one first. Callers keep lists short (analysis projects onto
    /// the options conditions compare).
    static func all(of ids: [String]) -> [[String]] {
        guard ids.count < 31 else { return [] }
        return (0..<(1 << ids.count)).map { mask in
            ids.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
        }
    }

    /// Every non-empty subset.
    static func nonEmpty(of ids: [String]) -> [[String]] {
        Array(all(of: ids).dropFirst())
    }
}
