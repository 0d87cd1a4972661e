/// One scripted walk through a flow, with what it must reach.
public struct TestCase: Hashable, Codable, Sendable {
    /// A short description, shown when the case fails.
    public var name: String
    /// The answer for each question on the path: one option id, `unsure`, or a list of option
    /// ids for a multiple-choice question.
    public var answers: [String: PlannedAnswer]
    /// The outcome step the walk must end at.
    public var outcome: String
    /// The ids of the cards the outcome must show, exactly and in display order.
    public var cards: [String]
    /// Source ids that must each be reached, through their facts, by at least one of the shown cards.
    public var citations: [String]?
    /// Words the shown cards' English text must contain (title, body, `now`, `say` or "not
    /// settled" note of any shown card; case and spacing ignored): how a plan pins a correction.
    public var says: [String]
    /// Words no shown card may contain (a statement the law no longer supports).
    public var neverSays: [String]

    /// Creates a case.
    public init(name: String, answers: [String: PlannedAnswer], outcome: String, cards: [String],
                citations: [String]? = nil, says: [String] = [], neverSays: [String] = []) {
        self.name = name
        self.answers = answers
        self.outcome = outcome
        self.cards = cards
        self.citations = citations
        self.says = says
        self.neverSays = neverSays
    }
}

/// A scripted answer: one id (`employer: private`) or several (`needs: [food, health]`).
public enum PlannedAnswer: Hashable, Codable, Sendable {
    /// One option id, or `unsure`.
    case one(String)
    /// The checked options of a multiple-choice question.
    case several([String])

    /// The ids, as a list.
    public var ids: [String] {
        switch self {
        case .one(let id): return [id]
        case .several(let ids): return ids
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let ids = try? container.decode([String].self) {
            self = .several(ids)
        } else {
            self = .one(try container.decode(String.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .one(let id): try container.encode(id)
        case .several(let ids): try container.encode(ids)
        }
    }
}
