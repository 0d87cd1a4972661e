extension Condition {
    /// Whether the condition holds over these answers. A comparison with an unanswered question
    /// is false.
    public func evaluate(_ answers: Answers) -> Bool {
        switch self {
        case .constant(let value, _):
            return value
        case .equals(let question, let option):
            return answers[question.id]?.isExactly(option.id) ?? false
        case .notEquals(let question, let option):
            guard let answer = answers[question.id] else { return false }
            return !answer.isExactly(option.id)
        case .isOneOf(let question, let options):
            guard let answer = answers[question.id] else { return false }
            return options.contains { answer.isExactly($0.id) }
        case .contains(let question, let option):
            return answers[question.id]?.includes(option.id) ?? false
        case .answered(let question):
            return answers[question.id] != nil
        case .not(let inner):
            return !inner.evaluate(answers)
        case .and(let left, let right):
            return left.evaluate(answers) && right.evaluate(answers)
        case .or(let left, let right):
            return left.evaluate(answers) || right.evaluate(answers)
        }
    }
}
