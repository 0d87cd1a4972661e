/// Counts a flow's distinct answer paths by dynamic programming over (step, answers that can
/// still matter): each such state is expanded once, so a chain of 60 yes/no questions (2^60
/// paths) takes 61 states. Iterative, so deep flows cannot overflow the stack.
struct PathCounter {
    let transitions: AnalysisTransitions
    private(set) var memo: [AnalysisState: PathTally] = [:]

    init(transitions: AnalysisTransitions) {
        self.transitions = transitions
    }

    /// The tally from `state` to the end of the flow.
    mutating func tally(from state: AnalysisState) -> PathTally {
        if let known = memo[state] { return known }
        var onStack: Set<AnalysisState> = [state]
        var stack: [Frame] = [Frame(state: state, ways: transitions.from(state))]
        while !stack.isEmpty {
            let top = stack.count - 1
            if stack[top].cursor < stack[top].ways.count {
                let way = stack[top].ways[stack[top].cursor]
                stack[top].cursor += 1
                if let next = way.next, memo[next] == nil, !onStack.contains(next) {
                    onStack.insert(next)
                    stack.append(Frame(state: next, ways: transitions.from(next)))
                }
                continue
            }
            let done = stack.removeLast()
            onStack.remove(done.state)
            memo[done.state] = combine(done.state, done.ways)
        }
        return memo[state] ?? PathTally()
    }

    private struct Frame {
        var state: AnalysisState
        var ways: [AnalysisTransition]
        var cursor = 0
    }

    private func combine(_ state: AnalysisState, _ ways: [AnalysisTransition]) -> PathTally {
        guard let step = transitions.flow.step(state.step) else { return .deadEnd }
        if step.kind.isOutcome {
            let cards = transitions.cards(at: state)
            return PathTally(total: .one, withoutCards: cards.isEmpty ? .one : .zero)
        }
        guard !ways.isEmpty else { return .deadEnd }
        var tally = PathTally()
        for way in ways {
            // A successor still unknown here closes a cycle: count it as a dead end.
            let after = way.next.flatMap { memo[$0] } ?? .deadEnd
            tally = tally + after.times(way.multiplicity)
        }
        return tally
    }

    /// One path from `state` that reaches no card, following the memo; `nil` when every path
    /// shows a card. Its `outcome` is the outcome that shows nothing, or `nil` for a dead end.
    func pathWithoutCards(from state: AnalysisState) -> AnswerPath? {
        var visits: [Visit] = []
        var current = state
        var seen: Set<AnalysisState> = []
        while seen.insert(current).inserted {
            guard let tally = memo[current], tally.withoutCards.value > 0 else { return nil }
            guard let step = transitions.flow.step(current.step) else { break }
            if step.kind.isOutcome { return AnswerPath(visits: visits, outcome: step.id, cards: []) }
            let ways = transitions.from(current)
            guard let way = ways.first(where: { ($0.next.flatMap { memo[$0] } ?? .deadEnd).withoutCards.value > 0 }) else {
                break
            }
            visits.append(Visit(stepID: current.step, answer: way.answer))
            guard let next = way.next, memo[next] != nil else { break }
            current = next
        }
        return AnswerPath(visits: visits, outcome: nil, cards: [])
    }
}
