/// Walks a flow's answer groups (answers that lead to the same state are one group) to its
/// outcomes, then describes, for every card, the answer combinations that show it.
struct CoverageCollector {
    let transitions: AnalysisTransitions

    /// question → the answers allowed.
    typealias Combination = [String: Set<Answer>]

    /// One walk's end: the answers (as groups) and the cards shown.
    struct Leaf {
        var combination: Combination
        var outcome: String
        var cards: Set<String>
    }

    func report(limit: Int) -> CoverageReport {
        let flow = transitions.flow
        var leaves: [Leaf] = []
        var everyValue: [String: Set<Answer>] = [:]
        var nodes: [(parent: Int, question: String, answers: Set<Answer>)] = []
        var stack: [(state: AnalysisState, node: Int, depth: Int)] = [(transitions.start, -1, 0)]
        var complete = true
        while let (state, node, depth) = stack.popLast() {
            // A walk longer than the flow has steps is going round a cycle (the validator
            // reports it): stop it there.
            guard let step = flow.step(state.step), depth <= flow.steps.count else { continue }
            if step.kind.isOutcome {
                guard leaves.count < limit else {
                    complete = false
                    break
                }
                let cards = transitions.cards(at: state).map(\.id)
                leaves.append(Leaf(combination: combination(endingAt: node, in: nodes), outcome: step.id,
                                   cards: Set(cards)))
                continue
            }
            var groups: [(next: AnalysisState, answers: Set<Answer>)] = []
            var groupIndex: [AnalysisState: Int] = [:]
            for way in transitions.from(state) {
                // One option is named as given; a set by the compared options it holds.
                let value = switch step.kind.answerShape {
                case .one, .none: way.answer
                case .many: way.projected
                }
                if let value { everyValue[step.id, default: []].insert(value) }
                guard let next = way.next else { continue }
                if let index = groupIndex[next] {
                    if let value { groups[index].answers.insert(value) }
                } else {
                    groupIndex[next] = groups.count
                    groups.append((next, value.map { [$0] } ?? []))
                }
            }
            for group in groups.reversed() {
                if step.kind.isQuestion {
                    nodes.append((node, step.id, group.answers))
                    stack.append((group.next, nodes.count - 1, depth + 1))
                } else {
                    stack.append((group.next, node, depth + 1))
                }
            }
        }
        let order = Dictionary(flow.steps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let condenser = CombinationCondenser(leaves: leaves, order: order)
        let cards = flow.cards.map { card -> CardCoverage in
            let outcomes = Set(leaves.filter { $0.cards.contains(card.id) }.map(\.outcome))
            let readFirst = Set(card.when?.questions.map(\.id) ?? [])
            let combinations = condenser.combinations(showing: card.id, preferring: readFirst)
            return CardCoverage(card: card.id,
                                outcomes: outcomes.sorted { (order[$0] ?? 0) < (order[$1] ?? 0) },
                                combinations: render(combinations, order: order, everyValue: everyValue))
        }
        return CoverageReport(cards: cards, isComplete: complete)
    }

    private func combination(endingAt node: Int, in nodes: [(parent: Int, question: String, answers: Set<Answer>)])
        -> Combination {
        var result: Combination = [:]
        var current = node
        while current >= 0 {
            result[nodes[current].question, default: []].formUnion(nodes[current].answers)
            current = nodes[current].parent
        }
        return result
    }

    private func render(_ combinations: [Combination], order: [String: Int],
                        everyValue: [String: Set<Answer>]) -> [AnswerCombination] {
        combinations.map { combination in
            let questions = combination.keys.sorted { (order[$0] ?? 0, $0) < (order[$1] ?? 0, $1) }
            return AnswerCombination(constraints: questions.map { question in
                let compared: [String] = switch transitions.flow.step(question)?.kind.answerShape {
                case .many?: (transitions.index.comparedOptions[question] ?? []).sorted()
                case .one?, .none?, nil: []
                }
                let answers = combination[question, default: []]
                return AnswerConstraint(question: question, answers: answers.sorted(), comparedOptions: compared,
                                        isAnyAnswer: answers == everyValue[question])
            })
        }
        .sorted { $0.constraints.lexicographicallyPrecedes($1.constraints, by: Self.precedes) }
    }

    private static func precedes(_ lhs: AnswerConstraint, _ rhs: AnswerConstraint) -> Bool {
        if lhs.question != rhs.question { return lhs.question < rhs.question }
        return lhs.answers.lexicographicallyPrecedes(rhs.answers)
    }
}
