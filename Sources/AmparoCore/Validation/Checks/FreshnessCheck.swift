/// `reviewed` may not be in the future; `review-by` in the past means the content is stale.
struct FreshnessCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if flow.reviewed > context.today {
            diagnostics.append(Diagnostic(.reviewedInFuture,
                "'reviewed' is \(flow.reviewed), after today (\(context.today))", at: flow.reviewedLocation))
        }
        if flow.reviewBy < context.today {
            diagnostics.append(Diagnostic(.reviewOverdue,
                "the content was due for review on \(flow.reviewBy); check it against the law and update 'reviewed'",
                at: flow.reviewByLocation))
        }
        return diagnostics
    }
}
