/// The answers given on a path: question id → answer.
public struct Answers: Hashable, Codable, Sendable, ExpressibleByDictionaryLiteral {
    private var byQuestion: [String: Answer]

    /// No answers.
    public init() { byQuestion = [:] }

    /// Answers from a dictionary literal, e.g. `["where": .one("work")]`.
    public init(dictionaryLiteral elements: (String, Answer)...) {
        byQuestion = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    /// The answer to a question, if it was answered.
    public subscript(question: String) -> Answer? {
        get { byQuestion[question] }
        set { byQuestion[question] = newValue }
    }

    /// The answered question ids, sorted.
    public var questions: [String] { byQuestion.keys.sorted() }

    /// How many questions were answered.
    public var count: Int { byQuestion.count }

    /// Whether nothing was answered.
    public var isEmpty: Bool { byQuestion.isEmpty }
}
