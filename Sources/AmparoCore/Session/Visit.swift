/// One step a session has passed: the step and the answer given there (`nil` for an info step).
public struct Visit: Hashable, Codable, Sendable {
    /// The step's id.
    public var stepID: String
    /// The answer given, or `nil` for an information screen.
    public var answer: Answer?

    /// Creates a visit.
    public init(stepID: String, answer: Answer?) {
        self.stepID = stepID
        self.answer = answer
    }
}
