/// Why `amparo decide` could not walk a flow with the answers given. Every message lists the
/// valid choices, with a "did you mean" for a near miss.
public enum DecisionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `--answer` names a step that is not a question of the flow.
    case unknownQuestion(String, valid: [String], suggestion: String?)
    /// `--answer` gives an option the question does not have.
    case unknownOption(question: String, option: String, valid: [String], suggestion: String?)
    /// Several options for a single-choice question, or `unsure` with other options.
    case badCombination(question: String, reason: String)
    /// The same question answered twice.
    case repeatedAnswer(question: String)
    /// `--answer` is not written `STEP=OPTION`.
    case malformed(String)
    /// The path reaches a question with no answer given.
    case missingAnswer(question: String, text: String, valid: [String])
    /// The flow itself is broken (the validator reports why).
    case flowError(String)

    public var description: String {
        switch self {
        case .unknownQuestion(let id, let valid, let suggestion):
            return "the flow has no question '\(id)'" + didYouMean(suggestion)
                + "; questions: " + valid.joined(separator: ", ")
        case .unknownOption(let question, let option, let valid, let suggestion):
            return "question '\(question)' has no option '\(option)'" + didYouMean(suggestion)
                + "; valid: " + valid.joined(separator: ", ")
        case .badCombination(let question, let reason):
            return "question '\(question)': \(reason)"
        case .repeatedAnswer(let question):
            return "question '\(question)' is answered more than once; give each question one --answer"
        case .malformed(let text):
            return "'\(text)' is not STEP=OPTION (for several options: STEP=OPTION,OPTION)"
        case .missingAnswer(let question, let text, let valid):
            return "the path reaches question '\(question)' (\(text)) but no answer was given; "
                + "add --answer \(question)=OPTION with OPTION one of: " + valid.joined(separator: ", ")
        case .flowError(let message):
            return "the flow cannot be walked: \(message) (run `amparo validate`)"
        }
    }

    private func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
