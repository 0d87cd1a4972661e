/// A step's `next`: a step id, or ordered rules where the first that holds wins.
public enum Routing: Hashable, Codable, Sendable {
    /// Always go to this step.
    case step(Ref)
    /// The first rule whose condition holds (a rule with no condition always holds).
    case rules([RoutingRule])

    /// The step chosen for these answers, or `nil` when no rule holds.
    public func resolve(_ answers: Answers) -> Ref? {
        switch self {
        case .step(let target): return target
        case .rules(let rules):
            return rules.first { $0.condition?.evaluate(answers) ?? true }?.target
        }
    }
}
