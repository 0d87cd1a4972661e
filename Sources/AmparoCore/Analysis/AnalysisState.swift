/// A point of a walk as analysis sees it: the step on screen and the answers that can still
/// matter there (projected; see ``AnalysisIndex``).
struct AnalysisState: Hashable {
    /// The step's id.
    var step: String
    /// The answers that can still matter, projected.
    var answers: [String: Answer]
}

/// One way on from a state: an answer (or none, for an information screen), how many distinct
/// real answers it stands for, and where it leads.
struct AnalysisTransition {
    /// A real answer it stands for (`nil` on an information screen).
    var answer: Answer?
    /// How many distinct real answers lead the same way.
    var multiplicity: PathCount
    /// The state it leads to, or `nil` when no route leads on (a dead end).
    var next: AnalysisState?
    /// The answer as the state records it (projected), for grouping in reviews.
    var projected: Answer?
}
