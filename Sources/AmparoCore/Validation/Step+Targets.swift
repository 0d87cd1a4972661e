extension Step {
    /// Calls `body` with every step reference of this step, in written order and with repeats:
    /// each option's `next`, `unsure`'s `next`, then the targets of the step's own `next`.
    /// (`successors` is the same list without repeats.)
    func forEachTarget(_ body: (Ref) -> Void) {
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
}
