extension Flow {
    /// Every condition of the flow: the `if` of each routing rule, then each card's `when`.
    var conditions: [Condition] {
        let rules = steps.flatMap { step -> [Condition] in
            guard case .rules(let rules) = step.next else { return [] }
            return rules.compactMap(\.condition)
        }
        return rules + cards.compactMap(\.when)
    }
}
