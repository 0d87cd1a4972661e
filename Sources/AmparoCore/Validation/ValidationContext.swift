/// What checks may know besides the flow: today's date, for freshness checks, and budgets.
public struct ValidationContext: Sendable {
    /// The day the validation runs.
    public var today: LocalDate
    /// The most (step, relevant answers) states the outcome-cards check explores per flow.
    public var answerSearchBudget: Int

    /// Creates a context.
    public init(today: LocalDate = .today(), answerSearchBudget: Int = 200_000) {
        self.today = today
        self.answerSearchBudget = answerSearchBudget
    }
}
