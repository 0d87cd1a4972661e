extension Step {
    /// Where `answer` leads from this step: the chosen option's own `next`, or `unsure`'s own
    /// `next`, else the step's `next` resolved over `answers` (which already hold this step's
    /// answer). `nil` for an information screen's `answer`, or when no route holds.
    ///
    /// This is the one rule for "where does this answer lead": the session, `decide`, the
    /// validator's answer-space checks, path analysis, review and the graph's edges follow it.
    public func route(for answer: Answer?, answers: Answers) -> Ref? {
        switch answer {
        case .one(let option)?:
            if let next = self.option(option)?.next { return next }
        case .unsure?:
            if let next = unsure?.next { return next }
        case .many?, nil:
            break
        }
        return next?.resolve(answers)
    }
}
