/// An outcome's guidance in the order a frightened person needs it, the same on every front
/// (full screen, plain mode, `decide`): first "do this now" (at most five short actions, urgent
/// first, then the one number to call), then what to say, then the cards, then the sources
/// once. Built from the cards the outcome shows; nothing here is written twice.
public struct OutcomeGuidance {
    /// The most actions the "do this now" list holds.
    public static let maximumActions = 5

    /// The cards whose `now` lines make the "do this now" list, urgent cards first (each group
    /// in display order), at most `maximumActions`.
    public var actionCards: [Card]
    /// The first phone contact of the shown cards, urgent cards first: the one number to call,
    /// with its card (whose words it shares: a card is shown all in one language).
    public var call: (card: Card, contact: Contact)?
    /// The cards with a "what to say" line, in display order.
    public var sayCards: [Card]
    /// Every shown card, in display order.
    public var cards: [Card]
    /// The sources of all the cards, each once, in the order first named.
    public var sources: [Source]

    /// The guidance of `cards` (an outcome's, in display order) of `flow`.
    public init(cards: [Card], flow: Flow) {
        let urgentFirst = cards.filter(\.urgent) + cards.filter { !$0.urgent }
        actionCards = Array(urgentFirst.filter { $0.now != nil }.prefix(OutcomeGuidance.maximumActions))
        call = urgentFirst.lazy.flatMap { card in card.contacts.map { (card: card, contact: $0) } }
            .first { $0.contact.phone != nil }
        sayCards = cards.filter { $0.say != nil }
        self.cards = cards
        sources = flow.sources(of: cards)
    }
}
