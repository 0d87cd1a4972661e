/// What path analysis needs to know about a flow, computed once: a topological order of the
/// steps, for each question the last step (in that order) that reads it, and for each question
/// the option ids conditions compare it with.
///
/// Two answer histories that agree on every answer a later step can still read lead to the same
/// futures, so analysis merges them. An answer is dropped from a state once the walk has passed
/// (in topological order) the last step that reads it: a step that comes later in that order can
/// never lead back to one that comes earlier, so this is always sound, and for flows built from
/// sections it is exact.
struct AnalysisIndex {
    /// Step ids in topological order (steps on a cycle, which the validator reports, are kept
    /// in DFS order so analysis still terminates).
    let order: [String]
    /// The position of each step in `order`.
    let position: [String: Int]
    /// For each question read by some condition: the largest `position` of a step that reads it
    /// (a routing rule, or an outcome that shows matching cards for a card's `when`).
    let lastReader: [String: Int]
    /// For each question read by a condition: the option ids (not `unsure`) conditions compare
    /// it with. Answers are projected onto these.
    let comparedOptions: [String: Set<String>]

    init(flow: Flow) {
        order = AnalysisIndex.topologicalOrder(flow)
        var position: [String: Int] = [:]
        for (index, id) in order.enumerated() { position[id] = index }
        self.position = position

        var compared: [String: Set<String>] = [:]
        var lastReader: [String: Int] = [:]
        func read(_ condition: Condition, at stepPosition: Int) {
            for comparison in condition.comparisons {
                let options = comparison.options.map(\.id).filter { $0 != UnsureOption.id }
                compared[comparison.question.id, default: []].formUnion(options)
            }
            for question in condition.questions {
                compared[question.id, default: []].formUnion([])
                lastReader[question.id] = max(lastReader[question.id] ?? -1, stepPosition)
            }
        }
        let lastMatchingOutcome = flow.steps
            .filter { $0.kind.isOutcome && $0.showMatching }
            .compactMap { position[$0.id] }
            .max()
        for step in flow.steps {
            guard let stepPosition = position[step.id], case .rules(let rules)? = step.next else { continue }
            for condition in rules.compactMap(\.condition) { read(condition, at: stepPosition) }
        }
        if let lastMatchingOutcome {
            for condition in flow.cards.compactMap(\.when) { read(condition, at: lastMatchingOutcome) }
        }
        self.lastReader = lastReader
        comparedOptions = compared
    }

    /// The answers a walk standing at `stepID` can still be affected by, each projected onto the
    /// options conditions compare it with (an option nobody compares becomes `""`).
    func project(_ answers: [String: Answer], at stepID: String) -> [String: Answer] {
        let here = position[stepID] ?? Int.max
        var kept: [String: Answer] = [:]
        for (question, answer) in answers {
            guard let last = lastReader[question], last >= here else { continue }
            kept[question] = project(answer, of: question)
        }
        return kept
    }

    /// One answer projected onto the options conditions compare its question with.
    func project(_ answer: Answer, of question: String) -> Answer {
        let compared = comparedOptions[question] ?? []
        switch answer {
        case .unsure: return .unsure
        case .one(let option): return .one(compared.contains(option) ? option : "")
        case .many(let options): return .many(options.intersection(compared))
        }
    }

    private static func topologicalOrder(_ flow: Flow) -> [String] {
        var postorder: [String] = []
        var state: [String: Bool] = [:]  // false: on the stack, true: done
        var roots = [flow.start.id]
        roots += flow.steps.map(\.id)
        for root in roots where state[root] == nil && flow.step(root) != nil {
            var stack: [(id: String, expanded: Bool)] = [(root, false)]
            while let (id, expanded) = stack.popLast() {
                if expanded {
                    state[id] = true
                    postorder.append(id)
                    continue
                }
                guard state[id] == nil else { continue }
                state[id] = false
                stack.append((id, true))
                for next in flow.successorIDs(of: id).reversed() where state[next] == nil {
                    stack.append((next, false))
                }
            }
        }
        return postorder.reversed()
    }
}
