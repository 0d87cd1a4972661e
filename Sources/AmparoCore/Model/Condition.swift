/// A parsed condition over answers, e.g. `where == "work" and warrant in ["administrative", "unsure"]`.
/// Every question and option reference keeps the place it was written.
public indirect enum Condition: Hashable, Codable, Sendable {
    /// `true` or `false`.
    case constant(Bool, SourceLocation)
    /// `q == "opt"`: `q` was answered `opt`.
    case equals(question: Ref, option: Ref)
    /// `q != "opt"`: `q` was answered, and not `opt`.
    case notEquals(question: Ref, option: Ref)
    /// `q in ["a", "b"]`: `q` was answered with one of these.
    case isOneOf(question: Ref, options: [Ref])
    /// `"opt" in q`: multiple-choice `q` has `opt` checked.
    case contains(question: Ref, option: Ref)
    /// `answered(q)`: `q` was answered on this path.
    case answered(question: Ref)
    /// `not C`.
    case not(Condition)
    /// `C and D`.
    case and(Condition, Condition)
    /// `C or D`.
    case or(Condition, Condition)

    /// Where the condition starts (its first token).
    public var location: SourceLocation {
        switch self {
        case .constant(_, let location): return location
        case .equals(let question, _), .notEquals(let question, _), .isOneOf(let question, _),
             .answered(let question):
            return question.location
        case .contains(_, let option): return option.location
        case .not(let inner): return inner.location
        case .and(let left, _), .or(let left, _): return left.location
        }
    }

    /// Every question the condition reads, in written order (with repeats).
    public var questions: [Ref] {
        comparisons.map(\.question) + answeredChecks
    }

    /// Every (question, option) pair the condition compares, in written order. `options` is
    /// empty for `answered(q)`.
    public var comparisons: [(question: Ref, options: [Ref])] {
        switch self {
        case .constant, .answered: return []
        case .equals(let question, let option), .notEquals(let question, let option),
             .contains(let question, let option):
            return [(question, [option])]
        case .isOneOf(let question, let options): return [(question, options)]
        case .not(let inner): return inner.comparisons
        case .and(let left, let right), .or(let left, let right):
            return left.comparisons + right.comparisons
        }
    }

    private var answeredChecks: [Ref] {
        switch self {
        case .answered(let question): return [question]
        case .not(let inner): return inner.answeredChecks
        case .and(let left, let right), .or(let left, let right):
            return left.answeredChecks + right.answeredChecks
        default: return []
        }
    }
}
