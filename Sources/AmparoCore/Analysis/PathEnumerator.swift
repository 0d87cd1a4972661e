/// Lists every answer path of a flow, as a person would give the answers. Callers first count
/// the paths (``PathCounter``) and only list them when there are few.
struct PathEnumerator {
    let transitions: AnalysisTransitions

    /// Every path from the start, in the order of the steps' options, at most `limit` of them.
    func paths(limit: Int) -> [AnswerPath] {
        // A tree of visits with parent links, so a long path is never copied per branch.
        var nodes: [(parent: Int, visit: Visit)] = []
        var result: [AnswerPath] = []
        var stack: [(state: AnalysisState?, node: Int, depth: Int)] = [(transitions.start, -1, 0)]
        let depthLimit = transitions.flow.steps.count + 1
        while let (pending, node, depth) = stack.popLast(), result.count < limit {
            guard let state = pending, let step = transitions.flow.step(state.step) else {
                result.append(AnswerPath(visits: visits(endingAt: node, in: nodes), outcome: nil, cards: []))
                continue
            }
            if step.kind.isOutcome {
                let cards = transitions.cards(at: state)
                result.append(AnswerPath(visits: visits(endingAt: node, in: nodes), outcome: step.id,
                                         cards: cards.map(\.id)))
                continue
            }
            let ways = transitions.from(state, expand: true)
            if ways.isEmpty || depth > depthLimit {
                result.append(AnswerPath(visits: visits(endingAt: node, in: nodes), outcome: nil, cards: []))
                continue
            }
            for way in ways.reversed() {
                nodes.append((node, Visit(stepID: state.step, answer: way.answer)))
                stack.append((way.next, nodes.count - 1, depth + 1))
            }
        }
        return Array(result.prefix(limit))
    }

    private func visits(endingAt node: Int, in nodes: [(parent: Int, visit: Visit)]) -> [Visit] {
        var visits: [Visit] = []
        var current = node
        while current >= 0 {
            visits.append(nodes[current].visit)
            current = nodes[current].parent
        }
        return visits.reversed()
    }
}
