import Foundation

/// Walks a flow non-interactively with answers given up front (`amparo decide`), through the
/// same ``Session`` the wizard uses.
public enum Decider {
    /// Parses `STEP=OPTION` and `STEP=OPTION,OPTION` arguments into question id → option ids.
    public static func parse(_ arguments: [String]) throws(DecisionError) -> [String: [String]] {
        var answers: [String: [String]] = [:]
        for argument in arguments {
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw .malformed(argument) }
            let question = parts[0].trimmingCharacters(in: .whitespaces)
            let options = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            guard !question.isEmpty, !options.isEmpty else { throw .malformed(argument) }
            guard answers[question] == nil else { throw .repeatedAnswer(question: question) }
            answers[question] = options
        }
        return answers
    }

    /// Checks every answer against the flow, then walks it from the start to an outcome.
    public static func decide(_ flow: Flow, answers: [String: [String]]) throws(DecisionError) -> Decision {
        var checked: [String: Answer] = [:]
        for question in answers.keys.sorted() {
            checked[question] = try answer(question, answers[question] ?? [], in: flow)
        }
        var session = Session(flow: flow)
        var used = Set<String>()
        for _ in 0...flow.steps.count {
            guard let step = session.currentStep else {
                throw .flowError("step '\(session.currentStepID)' does not exist")
            }
            do {
                switch step.kind.behaviour {
                case .showCards:
                    return Decision(flow: flow, path: session.history, outcome: step, cards: session.outcomeCards,
                                    unusedAnswers: checked.keys.filter { !used.contains($0) }.sorted())
                case .read:
                    try session.advance()
                case .chooseOne, .chooseMany:
                    guard let answer = checked[step.id] else {
                        throw DecisionError.missingAnswer(question: step.id, text: step.text.english,
                                                          valid: step.answerIDs)
                    }
                    used.insert(step.id)
                    try session.answer(answer)
                }
            } catch let error as DecisionError {
                throw error
            } catch {
                throw .flowError(String(describing: error))
            }
        }
        throw .flowError("the path does not end (a cycle)")
    }

    private static func answer(_ question: String, _ ids: [String], in flow: Flow) throws(DecisionError) -> Answer {
        let questions = flow.steps.filter { $0.kind.isQuestion }.map(\.id)
        guard let step = flow.step(question), step.kind.isQuestion else {
            throw .unknownQuestion(question, valid: questions,
                                   suggestion: EditDistance.suggestion(for: question, among: questions))
        }
        let valid = step.answerIDs
        for id in ids where !valid.contains(id) {
            throw .unknownOption(question: question, option: id, valid: valid,
                                 suggestion: EditDistance.suggestion(for: id, among: valid))
        }
        if ids == [UnsureOption.id] { return .unsure }
        if ids.contains(UnsureOption.id) {
            throw .badCombination(question: question, reason: "'unsure' cannot be combined with other options")
        }
        switch step.kind.answerShape {
        case .one:
            guard ids.count == 1 else {
                throw .badCombination(question: question, reason: "a single-choice question takes one option")
            }
            return .one(ids[0])
        case .many, .none:
            return .many(Set(ids))  // `.none` is not a question: refused above
        }
    }
}
