/// A set of answers, question by question, that leads to the same place: for each question
/// listed, any of its `answers`; questions not listed may be answered any way (or not asked).
public struct AnswerCombination: Hashable, Codable, Sendable {
    /// The constraints, in the order the questions are asked.
    public var constraints: [AnswerConstraint]

    /// Creates a combination.
    public init(constraints: [AnswerConstraint]) {
        self.constraints = constraints
    }
}

/// "question is one of these answers". For a multiple-choice question each answer is the set of
/// checked options among `comparedOptions` (`.many`), or `.unsure`.
public struct AnswerConstraint: Hashable, Codable, Sendable {
    /// The question's step id.
    public var question: String
    /// The answers allowed, sorted.
    public var answers: [Answer]
    /// For multiple choice: the options conditions compare, which `.many` answers are about;
    /// options not listed here may be checked or not.
    public var comparedOptions: [String]
    /// Whether `answers` is every answer the question has: what matters is only that the
    /// question is asked (on other paths it is not).
    public var isAnyAnswer: Bool

    /// Creates a constraint.
    public init(question: String, answers: [Answer], comparedOptions: [String] = [], isAnyAnswer: Bool = false) {
        self.question = question
        self.answers = answers
        self.comparedOptions = comparedOptions
        self.isAnyAnswer = isAnyAnswer
    }
}

extension Answer: Comparable {
    /// Options first (by id), then sets of checked options (by size, then ids), then `unsure`.
    public static func < (lhs: Answer, rhs: Answer) -> Bool {
        func key(_ answer: Answer) -> (Int, Int, String) {
            switch answer {
            case .one(let id): return (0, 0, id)
            case .many(let ids): return (1, ids.count, ids.sorted().joined(separator: ","))
            case .unsure: return (2, 0, "")
            }
        }
        return key(lhs) < key(rhs)
    }
}
