extension Flow {
    /// The ids of the steps `stepID` can lead to that exist in the flow.
    public func successorIDs(of stepID: String) -> [String] {
        guard let step = step(stepID) else { return [] }
        return step.successors.map(\.id).filter { self.step($0) != nil }
    }

    /// The number of questions on the longest path from `stepID` (counting it when it is a
    /// question). Iterative, so a 100,000-step chain cannot overflow the stack; an edge that
    /// closes a cycle is ignored.
    public func longestQuestionPath(from stepID: String) -> Int {
        var memo: [String: Int] = [:]
        var onStack = Set<String>()
        var stack: [(id: String, expanded: Bool)] = [(stepID, false)]
        while let (id, expanded) = stack.popLast() {
            if expanded {
                let own = (step(id)?.kind.isQuestion ?? false) ? 1 : 0
                let best = successorIDs(of: id).compactMap { memo[$0] }.max() ?? 0
                memo[id] = own + best
                onStack.remove(id)
                continue
            }
            guard memo[id] == nil, !onStack.contains(id) else { continue }
            onStack.insert(id)
            stack.append((id, true))
            for next in successorIDs(of: id) where memo[next] == nil && !onStack.contains(next) {
                stack.append((next, false))
            }
        }
        return memo[stepID] ?? 0
    }
}
