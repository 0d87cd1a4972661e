/// Why a session refused an action. Messages list the valid choices.
public enum SessionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The current step is not a question (or not an info step, for `advance()`).
    case wrongKind(step: String, kind: StepKind)
    /// An option id the question does not have.
    case unknownOption(step: String, option: String, valid: [String])
    /// `unsure` on a question that does not offer it.
    case unsureNotOffered(step: String)
    /// A multiple-choice answer with no option checked, or a single answer to a multiple question.
    case invalidAnswer(step: String, reason: String)
    /// No route leads on from the step for these answers (the validator rules this out).
    case noRoute(step: String)
    /// A route names a step the flow does not have (the validator rules this out).
    case unknownStep(String)

    public var description: String {
        switch self {
        case .wrongKind(let step, let kind): return "step '\(step)' is \(kind.article) \(kind.rawValue) step"
        case .unknownOption(let step, let option, let valid):
            return "step '\(step)' has no option '\(option)'; valid: " + valid.joined(separator: ", ")
        case .unsureNotOffered(let step): return "step '\(step)' does not offer 'unsure'"
        case .invalidAnswer(let step, let reason): return "step '\(step)': \(reason)"
        case .noRoute(let step): return "no route leads on from step '\(step)' for these answers"
        case .unknownStep(let step): return "the flow has no step '\(step)'"
        }
    }
}
