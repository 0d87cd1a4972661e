extension Step {
    /// Which routing an answer follows, before any condition is read.
    public enum AnswerRoute: Hashable, Sendable {
        /// The chosen option's own `next`, or `unsure`'s own `next`.
        case own(Ref)
        /// The step's own `next` (a step, or rules resolved over the answers; `nil` if it has none).
        case stepNext
    }

    /// Which routing `answer` follows from this step: the chosen option's or `unsure`'s own
    /// `next` when it names one, else the step's `next`. A set of checked options and an
    /// information screen's `nil` always follow the step's `next`.
    public func answerRoute(for answer: Answer?) -> AnswerRoute {
        switch answer {
        case .one(let option)?:
            if let next = self.option(option)?.next { return .own(next) }
        case .unsure?:
            if let next = unsure?.next { return .own(next) }
        case .many?, nil:
            break
        }
        return .stepNext
    }

    /// Where `answer` leads from this step: `answerRoute(for:)`, with the step's `next`
    /// resolved over `answers` (which already hold this step's answer). `nil` when no route
    /// holds.
    ///
    /// This is the one rule for "where does this answer lead". `Session` follows it (and so
    /// the wizard, the plain mode, `decide` and test plans, which walk a `Session`), and so
    /// does `AnalysisTransitions`, the answer-space engine of path analysis (`paths`,
    /// `review`) and of the validator's outcome-cards check. The graph's edges
    /// (`Flow.edges`) read `answerRoute(for:)`, since a drawn edge has no answers to resolve
    /// rules over.
    public func route(for answer: Answer?, answers: Answers) -> Ref? {
        switch answerRoute(for: answer) {
        case .own(let target): target
        case .stepNext: next?.resolve(answers)
        }
    }
}
