/// What checks may know besides the flow: today's date, for freshness checks, and budgets.
public struct ValidationContext: Sendable {
    /// The day the validation runs.
    public var today: LocalDate
    /// The most (step, relevant answers) states the outcome-cards check explores per flow.
    public var answerSearchBudget: Int
    /// The ids of the flow being validated, resolved once by `FlowValidator.validate` for every
    /// check. Internal, so it always belongs to that flow.
    var index: FlowIndex?
    /// The graph of the flow being validated, built once by `FlowValidator.validate` for the
    /// structural checks (four of them walk it). Internal, so it always belongs to that flow.
    var graph: FlowGraph?

    /// The id index of `flow`: the one built for this validation, or a new one.
    func index(of flow: Flow) -> FlowIndex {
        index ?? FlowIndex(flow)
    }

    /// The graph of `flow`: the one built for this validation, or a new one.
    func graph(of flow: Flow) -> FlowGraph {
        graph ?? FlowGraph(flow, index: index(of: flow))
    }

    /// Creates a context.
    public init(today: LocalDate = .today(), answerSearchBudget: Int = 200_000) {
        self.today = today
        self.answerSearchBudget = answerSearchBudget
    }
}
