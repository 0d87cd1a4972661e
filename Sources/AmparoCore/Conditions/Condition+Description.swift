extension Condition: CustomStringConvertible {
    /// The condition in its canonical written form, fully parenthesized where it matters.
    public var description: String {
        switch self {
        case .constant(let value, _): return value ? "true" : "false"
        case .equals(let question, let option): return "\(question.id) == \"\(option.id)\""
        case .notEquals(let question, let option): return "\(question.id) != \"\(option.id)\""
        case .isOneOf(let question, let options):
            return "\(question.id) in [" + options.map { "\"\($0.id)\"" }.joined(separator: ", ") + "]"
        case .contains(let question, let option): return "\"\(option.id)\" in \(question.id)"
        case .answered(let question): return "answered(\(question.id))"
        case .not(let inner): return "not \(inner.parenthesized)"
        case .and(let left, let right): return "\(left.parenthesized) and \(right.parenthesized)"
        case .or(let left, let right): return "\(left.parenthesized) or \(right.parenthesized)"
        }
    }

    private var parenthesized: String {
        switch self {
        case .and, .or: return "(\(description))"
        default: return description
        }
    }
}
