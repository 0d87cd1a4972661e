/// What a step is: a question, an information screen or an outcome.
public enum StepKind: String, Hashable, Codable, Sendable, CaseIterable {
    /// A single-choice question (yes/no is one): one answer.
    case single
    /// A multiple-choice question ("check all that apply"): a set of answers.
    case multiple
    /// Text to read, then on to `next`.
    case info
    /// The end of a path: guidance cards.
    case outcome

    /// Whether the step asks a question (and so records an answer).
    public var isQuestion: Bool { self == .single || self == .multiple }
}
