/// Where a person is in a flow, for "Question 2 of about 5".
public struct SessionProgress: Hashable, Codable, Sendable {
    /// The number of the current question (answered so far, plus one when on a question).
    public var questionNumber: Int
    /// Questions answered so far plus the longest remaining path of questions from here.
    public var estimatedTotal: Int
}
