/// Walks a flow's answer groups (answers that lead to the same state are one group) and records,
/// for every card, the combinations that show it at each outcome.
struct CoverageCollector {
    let transitions: AnalysisTransitions

    private typealias Combination = [String: Set<Answer>]

    func report(limit: Int) -> CoverageReport {
        let flow = transitions.flow
        var found: [String: [String: [Combination]]] = [:]  // card → outcome → combinations
        var nodes: [(parent: Int, question: String, answers: Set<Answer>)] = []
        var stack: [(state: AnalysisState, node: Int)] = [(transitions.start, -1)]
        var leaves = 0
        var complete = true
        var everyValue: [String: Set<Answer>] = [:]
        while let (state, node) = stack.popLast() {
            guard let step = flow.step(state.step) else { continue }
            if step.kind == .outcome {
                leaves += 1
                if leaves > limit {
                    complete = false
                    break
                }
                let combination = self.combination(endingAt: node, in: nodes)
                for card in flow.outcomeCards(at: step.id, answers: Answers(state.answers)) {
                    found[card.id, default: [:]][step.id, default: []].append(combination)
                }
                continue
            }
            let ways = transitions.from(state)
            var groups: [(next: AnalysisState, answers: Set<Answer>)] = []
            var groupIndex: [AnalysisState: Int] = [:]
            for way in ways {
                let value = step.kind == .single ? way.answer : way.projected
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
                let everyAnswer = groups.count == 1 && ways.allSatisfy { $0.next != nil }
                if step.kind.isQuestion && !everyAnswer {
                    nodes.append((node, step.id, group.answers))
                    stack.append((group.next, nodes.count - 1))
                } else {
                    stack.append((group.next, node))
                }
            }
        }
        let order = Dictionary(flow.steps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let cards = flow.cards.map { card in
            let outcomes = (found[card.id] ?? [:]).sorted { (order[$0.key] ?? 0) < (order[$1.key] ?? 0) }
            return CardCoverage(card: card.id, outcomes: outcomes.map { outcome, combinations in
                OutcomeCombinations(outcome: outcome,
                                    combinations: render(CombinationMerger.merge(combinations), order: order,
                                                         everyValue: everyValue))
            })
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
        Set(combinations.map { combination in
            combination.filter { question, answers in answers != everyValue[question] }
        }).map { combination in
            let questions = combination.keys.sorted { (order[$0] ?? 0, $0) < (order[$1] ?? 0, $1) }
            return AnswerCombination(constraints: questions.map { question in
                let compared = transitions.flow.step(question)?.kind == .multiple
                    ? (transitions.index.comparedOptions[question] ?? []).sorted() : []
                return AnswerConstraint(question: question, answers: combination[question, default: []].sorted(),
                                        comparedOptions: compared)
            })
        }
        .sorted { $0.constraints.lexicographicallyPrecedes($1.constraints, by: Self.precedes) }
    }

    private static func precedes(_ lhs: AnswerConstraint, _ rhs: AnswerConstraint) -> Bool {
        if lhs.question != rhs.question { return lhs.question < rhs.question }
        return lhs.answers.lexicographicallyPrecedes(rhs.answers)
    }
}

/// Merges answer combinations that differ in one question only (`a = x` and `a = y`, the rest
/// equal, become `a = x or y`), until no more merge; then drops duplicates.
enum CombinationMerger {
    static func merge(_ combinations: [[String: Set<Answer>]]) -> [[String: Set<Answer>]] {
        var current = Array(Set(combinations))
        var changed = true
        while changed {
            changed = false
            let questions = Set(current.flatMap(\.keys)).sorted()
            for question in questions {
                var buckets: [[String: Set<Answer>]: Set<Answer>] = [:]
                var order: [[String: Set<Answer>]] = []
                var untouched: [[String: Set<Answer>]] = []
                for combination in current {
                    guard let answers = combination[question] else {
                        untouched.append(combination)
                        continue
                    }
                    var rest = combination
                    rest[question] = nil
                    if buckets[rest] == nil { order.append(rest) }
                    buckets[rest, default: []].formUnion(answers)
                }
                let merged = order.map { rest -> [String: Set<Answer>] in
                    var combination = rest
                    combination[question] = buckets[rest]
                    return combination
                }
                if merged.count + untouched.count < current.count { changed = true }
                current = Array(Set(untouched + merged))
            }
        }
        return current
    }
}
