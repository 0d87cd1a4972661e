/// One screen of a flow: a question, an information screen or an outcome.
public struct Step: Hashable, Codable, Sendable {
    /// The step's id, unique within its flow.
    public var id: String
    /// What kind of step it is.
    public var kind: StepKind
    /// The question or heading.
    public var text: Text
    /// A longer explanation shown under the text.
    public var detail: Text?
    /// A note shown only in the volunteer view.
    public var volunteerNote: Text?
    /// The choices of a question (empty for info and outcome steps).
    public var options: [Option]
    /// The "I don't know" answer, when the question offers one.
    public var unsure: UnsureOption?
    /// The step's own routing (options' and `unsure`'s own `next` win over it).
    public var next: Routing?
    /// Cards an outcome always shows.
    public var cards: [Ref]
    /// Whether an outcome also shows every card whose `when` holds (default `true`).
    public var showMatching: Bool
    /// Where the step's id is written.
    public var location: SourceLocation

    /// Creates a step.
    public init(id: String, kind: StepKind, text: Text, detail: Text? = nil, volunteerNote: Text? = nil,
                options: [Option] = [], unsure: UnsureOption? = nil, next: Routing? = nil,
                cards: [Ref] = [], showMatching: Bool = true, location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.text = text
        self.detail = detail
        self.volunteerNote = volunteerNote
        self.options = options
        self.unsure = unsure
        self.next = next
        self.cards = cards
        self.showMatching = showMatching
        self.location = location
    }

    /// The option with this id, if the step has one.
    public func option(_ id: String) -> Option? {
        options.first { $0.id == id }
    }

    /// Every answer id a condition may compare this question with: its options, and `unsure`
    /// when offered.
    public var answerIDs: [String] {
        options.map(\.id) + (unsure == nil ? [] : [UnsureOption.id])
    }
}
