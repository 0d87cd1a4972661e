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

    /// What a step of this kind does, whatever it is called in the file. Everything outside
    /// the loader, the validator's key rules, the graph writers and the translators' comments
    /// switches on this, so a new kind that behaves like an existing one is decided here once
    /// (docs/architecture.md, "A new step kind").
    public enum Behaviour: Hashable, Sendable {
        /// A question with one answer (or "I don't know").
        case chooseOne
        /// A question with a set of checked answers (or "I don't know").
        case chooseMany
        /// Text to read, then on to `next`.
        case read
        /// The end of a path: guidance cards.
        case showCards
    }

    /// What a step of this kind does.
    public var behaviour: Behaviour {
        switch self {
        case .single: .chooseOne
        case .multiple: .chooseMany
        case .info: .read
        case .outcome: .showCards
        }
    }

    /// "a" or "an" before the kind's name in a message ("an info step"). Here, beside the
    /// cases, so a new kind decides it in the file it is added to.
    var article: String {
        switch self {
        case .info, .outcome: "an"
        case .single, .multiple: "a"
        }
    }

    /// How a step of this kind takes an answer.
    public enum AnswerShape: Hashable, Sendable {
        /// One option (or "I don't know").
        case one
        /// A set of checked options (or "I don't know").
        case many
        /// No answer: the step is read, then left.
        case none
    }

    /// How a step of this kind takes an answer.
    public var answerShape: AnswerShape {
        switch behaviour {
        case .chooseOne: .one
        case .chooseMany: .many
        case .read, .showCards: .none
        }
    }

    // The booleans below are exhaustive switches, so a new `Behaviour` or `AnswerShape` case
    // makes the compiler ask what each of them is.

    /// Whether the step asks a question (and so records an answer).
    public var isQuestion: Bool {
        switch answerShape {
        case .one, .many: true
        case .none: false
        }
    }

    /// Whether the step ends a path (it shows guidance cards and leads nowhere).
    public var isOutcome: Bool {
        switch behaviour {
        case .showCards: true
        case .chooseOne, .chooseMany, .read: false
        }
    }

    /// Whether the step is text to read, then on to `next`.
    public var isInformation: Bool {
        switch behaviour {
        case .read: true
        case .chooseOne, .chooseMany, .showCards: false
        }
    }

    /// Whether each option may name its own `next` (with one answer, the option decides).
    public var optionsRoute: Bool {
        switch answerShape {
        case .one: true
        case .many, .none: false
        }
    }
}
