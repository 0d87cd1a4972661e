/// `review-by` in the past means the flow is due for a check against the law (a warning).
struct FreshnessCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        guard flow.reviewBy < context.today else { return [] }
        return [Diagnostic(.reviewOverdue,
            "the flow was due for a check on \(flow.reviewBy); check its facts against the law and move 'review-by' on",
            at: flow.reviewByLocation)]
    }
}
