/// What checks may know besides the flow: today's date, for freshness checks.
public struct ValidationContext: Sendable {
    /// The day the validation runs.
    public var today: LocalDate

    /// Creates a context.
    public init(today: LocalDate = .today()) {
        self.today = today
    }
}
