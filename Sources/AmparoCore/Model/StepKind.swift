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

    /// How a step of this kind takes an answer.
    public enum AnswerShape: Hashable, Sendable {
        /// One option (or "I don't know").
        case one
        /// A set of checked options (or "I don't know").
        case many
        /// No answer: the step is read, then left.
        case none
    }

    /// How a step of this kind takes an answer. Code that depends on a kind asks this and the
    /// properties below, each an exhaustive `switch`, so a new kind is decided here once.
    public var answerShape: AnswerShape {
        switch self {
        case .single: .one
        case .multiple: .many
        case .info, .outcome: .none
        }
    }

    /// Whether the step asks a question (and so records an answer).
    public var isQuestion: Bool { answerShape != .none }

    /// Whether the step ends a path (it shows guidance cards and leads nowhere).
    public var isOutcome: Bool {
        switch self {
        case .outcome: true
        case .single, .multiple, .info: false
        }
    }

    /// Whether the step is text to read, then on to `next`.
    public var isInformation: Bool {
        switch self {
        case .info: true
        case .single, .multiple, .outcome: false
        }
    }

    /// Whether each option may name its own `next` (with one answer, the option decides).
    public var optionsRoute: Bool { answerShape == .one }
}
