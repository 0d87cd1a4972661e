extension Step {
    /// Calls `body` with every step reference of this step, in written order and with repeats:
    /// each option's `next`, `unsure`'s `next`, then the targets of the step's own `next`. This
    /// is the one ordered list of a step's targets. It is read by `successors` (and through it
    /// `Flow.successorIDs`: `AnalysisIndex`'s step order, `Flow.longestQuestionPath`, which the
    /// session's progress uses, and `CycleCheck`'s message), by `FlowIndex.targets` (the
    /// validator's `FlowGraph`: reachability, cycles, dominators) and by `ReferenceCheck`.
    /// Where an answer leads is `route(for:answers:)`, not this list.
    public func forEachTarget(_ body: (Ref) -> Void) {
        for position in options.indices {
            if let target = options[position].next { body(target) }
        }
        if let target = unsure?.next { body(target) }
        switch next {
        case .step(let target)?:
            body(target)
        case .rules(let rules)?:
            for position in rules.indices { body(rules[position].target) }
        case nil:
            break
        }
    }

    /// Every step this step can lead to, in written order (see `forEachTarget`), without
    /// repeats.
    public var successors: [Ref] {
        var all: [Ref] = []
        forEachTarget { all.append($0) }
        // Most steps have a few targets: a linear search beats hashing every id into a set.
        guard all.count > 16 else {
            var result: [Ref] = []
            for target in all where !result.contains(where: { $0.id == target.id }) {
                result.append(target)
            }
            return result
        }
        var seen = Set<String>()
        return all.filter { seen.insert($0.id).inserted }
    }
}
