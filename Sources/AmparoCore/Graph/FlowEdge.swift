/// One drawn arrow of a flow graph: from a step to the step a choice or rule leads to.
public struct FlowEdge: Hashable, Sendable {
    /// How the edge was made, which decides how it is drawn.
    public enum Kind: Hashable, Sendable {
        /// One or more options of a question (their labels).
        case choice
        /// The "I don't know" answer (drawn dashed).
        case unsure
        /// A `next` rule (labelled with its condition, or "otherwise").
        case rule
        /// A plain `next` with no choice (info screens, multiple-choice questions).
        case next
    }

    /// The step the edge leaves.
    public var from: String
    /// The step it leads to.
    public var to: String
    /// The edge's label (may be empty).
    public var label: String
    /// How it was made.
    public var kind: Kind

    /// Creates an edge.
    public init(from: String, to: String, label: String, kind: Kind) {
        self.from = from
        self.to = to
        self.label = label
        self.kind = kind
    }
}

extension Flow {
    /// Every edge of the flow's graph, step by step in file order. Options that share a target
    /// are drawn as one edge with their labels joined by " / ".
    public func edges(unsureLabel: String = "I don't know") -> [FlowEdge] {
        steps.flatMap { edges(of: $0, unsureLabel: unsureLabel) }
    }

    /// A step's edges, read from `Step.answerRoute(for:)` (the routing half of
    /// `Step.route(for:answers:)`): each answer the step takes is drawn to its own `next`, or
    /// to the step's plain `next`; an answer that falls to `next` rules is drawn by the rule
    /// edges, which carry the conditions.
    private func edges(of step: Step, unsureLabel: String) -> [FlowEdge] {
        var result: [FlowEdge] = []
        let plainTarget: String? = {
            if case .step(let target)? = step.next { return target.id }
            return nil
        }()
        /// Where `answer` is drawn to: its own `next`, or (when `plain`) the step's plain `next`.
        func target(of answer: Answer, plain: Bool) -> String? {
            switch step.answerRoute(for: answer) {
            case .own(let target): target.id
            case .stepNext: plain ? plainTarget : nil
            }
        }
        let drawsNext: Bool
        switch step.kind.behaviour {
        case .chooseOne:
            // Each option is its own edge, and options that share a target are joined.
            var choiceTargets: [String] = []
            var choiceLabels: [String: [String]] = [:]
            for option in step.options {
                guard let target = target(of: .one(option.id), plain: true) else { continue }
                if choiceLabels[target] == nil { choiceTargets.append(target) }
                choiceLabels[target, default: []].append(option.label.english)
            }
            for target in choiceTargets {
                let label = choiceLabels[target, default: []].joined(separator: " / ")
                result.append(FlowEdge(from: step.id, to: target, label: label, kind: .choice))
            }
            drawsNext = false
        case .chooseMany, .read, .showCards:
            // One answer-free edge stands for every answer that follows the plain `next`.
            drawsNext = true
        }
        if let unsure = step.unsure, let target = target(of: .unsure, plain: !drawsNext) {
            let label = unsure.label?.english ?? unsureLabel
            result.append(FlowEdge(from: step.id, to: target, label: label, kind: .unsure))
        }
        switch step.next {
        case .step(let target)?:
            if drawsNext {
                result.append(FlowEdge(from: step.id, to: target.id, label: "", kind: .next))
            }
        case .rules(let rules)?:
            for rule in rules {
                let label = rule.condition.map { "if \($0.description)" } ?? "otherwise"
                result.append(FlowEdge(from: step.id, to: rule.target.id, label: label, kind: .rule))
            }
        case nil:
            break
        }
        return result
    }
}
