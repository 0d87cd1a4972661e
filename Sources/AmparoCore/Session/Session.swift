/// A person's walk through a flow: the current step, the history, and the answers. A value type
/// with no I/O; the program never writes it anywhere (it is `Codable` for tests).
///
/// Answers are derived from the history, so going back can never leave an abandoned branch's
/// answers behind.
public struct Session: Hashable, Codable, Sendable {
    /// The flow being walked.
    public let flow: Flow
    /// The steps passed so far, in order, with their answers.
    public private(set) var history: [Visit]
    /// The step on screen now.
    public private(set) var currentStepID: String

    /// Starts at the flow's first step.
    public init(flow: Flow) {
        self.flow = flow
        history = []
        currentStepID = flow.start.id
    }

    /// The step on screen now (`nil` only for a flow whose `start` is unknown, which the
    /// validator rules out).
    public var currentStep: Step? { flow.step(currentStepID) }

    /// The answers on the current path.
    public var answers: Answers {
        var answers = Answers()
        for visit in history {
            if let answer = visit.answer { answers[visit.stepID] = answer }
        }
        return answers
    }

    /// Whether the session has reached an outcome.
    public var isFinished: Bool { currentStep?.kind.isOutcome == true }

    /// Whether there is a step to go back to.
    public var canGoBack: Bool { !history.isEmpty }

    /// Answers the current question and moves to the step its route names.
    public mutating func answer(_ answer: Answer) throws(SessionError) {
        let step = try current()
        try check(answer, for: step)
        var answers = self.answers
        answers[step.id] = answer
        guard let target = step.route(for: answer, answers: answers) else { throw .noRoute(step: step.id) }
        try move(from: step, answer: answer, to: target.id)
    }

    /// Moves on from an information screen.
    public mutating func advance() throws(SessionError) {
        let step = try current()
        guard step.kind.isInformation else { throw .wrongKind(step: step.id, kind: step.kind) }
        guard let target = step.route(for: nil, answers: answers) else { throw .noRoute(step: step.id) }
        try move(from: step, answer: nil, to: target.id)
    }

    /// Goes back one screen: the previous step is shown again and its answer is undone, along
    /// with everything after it. Returns `false` at the first step.
    @discardableResult
    public mutating func back() -> Bool {
        guard let last = history.popLast() else { return false }
        currentStepID = last.stepID
        return true
    }

    /// Starts over: the history and every answer are wiped.
    public mutating func restart() {
        history = []
        currentStepID = flow.start.id
    }

    /// The cards the current outcome shows, in card declaration order: the cards it lists, plus
    /// (unless `show-matching: false`) every card whose `when` holds. Empty when not at an outcome.
    /// The rule is ``Flow/outcomeCards(at:answers:)``.
    public var outcomeCards: [Card] {
        flow.outcomeCards(at: currentStepID, answers: answers)
    }

    /// "Question N of about M": questions answered so far, and the longest remaining path of
    /// questions from here.
    public var progress: SessionProgress {
        let answered = history.filter { $0.answer != nil }.count
        let remaining = flow.longestQuestionPath(from: currentStepID)
        let onQuestion = currentStep?.kind.isQuestion ?? false
        return SessionProgress(questionNumber: answered + (onQuestion ? 1 : 0),
                               estimatedTotal: answered + remaining)
    }

    private func current() throws(SessionError) -> Step {
        guard let step = currentStep else { throw .unknownStep(currentStepID) }
        return step
    }

    private mutating func move(from step: Step, answer: Answer?, to target: String) throws(SessionError) {
        guard flow.step(target) != nil else { throw .unknownStep(target) }
        history.append(Visit(stepID: step.id, answer: answer))
        currentStepID = target
    }

    private func check(_ answer: Answer, for step: Step) throws(SessionError) {
        let valid = step.answerIDs
        switch (step.kind.behaviour, answer) {
        case (.chooseOne, .one(let option)):
            guard step.option(option) != nil else {
                throw .unknownOption(step: step.id, option: option, valid: valid)
            }
        case (.chooseMany, .many(let options)):
            guard !options.isEmpty else { throw .invalidAnswer(step: step.id, reason: "check at least one option") }
            if let unknown = options.sorted().first(where: { step.option($0) == nil }) {
                throw .unknownOption(step: step.id, option: unknown, valid: valid)
            }
        case (.chooseOne, .unsure), (.chooseMany, .unsure):
            guard step.unsure != nil else { throw .unsureNotOffered(step: step.id) }
        case (.chooseOne, .many):
            throw .invalidAnswer(step: step.id, reason: "a single-choice question takes one option")
        case (.chooseMany, .one(let option)):
            guard step.option(option) != nil else {
                throw .unknownOption(step: step.id, option: option, valid: valid)
            }
            throw .invalidAnswer(step: step.id, reason: "a multiple-choice question takes a set of options")
        case (.read, _), (.showCards, _):
            throw .wrongKind(step: step.id, kind: step.kind)
        }
    }
}
