/// Path analysis of one flow: counts its distinct answer paths, lists them when there are few,
/// finds paths that reach no card, and tells which answers show each card.
///
/// A state is a step plus the answers that a later routing rule or card condition can still
/// read; states are expanded once (memoized), so counting is instant even for 10^18 paths.
/// Single-choice questions branch per option and `unsure`; multiple-choice questions per
/// non-empty subset of options and `unsure`.
///
/// ```swift
/// var analysis = FlowAnalysis(flow: flow)
/// let tally = analysis.tally()          // tally.total, tally.withoutCards
/// if tally.total.isAtMost(200) { let paths = analysis.paths(limit: 200) }
/// ```
public struct FlowAnalysis {
    /// The flow analysed.
    public let flow: Flow
    private let transitions: AnalysisTransitions
    private var counter: PathCounter

    /// Prepares the analysis (a topological order and what each condition reads).
    public init(flow: Flow) {
        self.flow = flow
        transitions = AnalysisTransitions(flow: flow, index: AnalysisIndex(flow: flow))
        counter = PathCounter(transitions: transitions)
    }

    /// The number of distinct answer paths from the start, of those that reach no card, and of
    /// those that end where no route leads on.
    public mutating func tally() -> PathTally {
        counter.tally(from: transitions.start)
    }

    /// One answer path that reaches no card (or a dead end), or `nil` when every path shows a card.
    public mutating func pathWithoutCards() -> AnswerPath? {
        _ = counter.tally(from: transitions.start)
        return counter.pathWithoutCards(from: transitions.start)
    }

    /// Every answer path, in the order of the steps' options, at most `limit` of them. Count
    /// first with ``tally()``: listing is only sensible when the total is small.
    public func paths(limit: Int) -> [AnswerPath] {
        PathEnumerator(transitions: transitions).paths(limit: limit)
    }

    /// For every card, the outcomes that can show it and the answer combinations that do,
    /// merged where they differ in one question. Walks at most `limit` groups of answers.
    public func cardCoverage(limit: Int = 20_000) -> CoverageReport {
        CoverageCollector(transitions: transitions).report(limit: limit)
    }
}
