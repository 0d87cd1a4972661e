extension Answers {
    /// Answers from a dictionary of question id → answer.
    init(_ byQuestion: [String: Answer]) {
        self.init()
        for (question, answer) in byQuestion { self[question] = answer }
    }
}
