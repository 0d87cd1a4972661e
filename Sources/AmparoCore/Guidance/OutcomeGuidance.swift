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
    /// The site's services for the kinds of help the cards call for, shown in their own section
    /// after the cards' calls (never in "do this now"); `nil` without a site or a match.
    public var site: SiteReferrals?

    /// The guidance of `cards` (an outcome's, in display order) of `flow`, with the matching
    /// services of `site` worded for the language tagged `languageTag`.
    public init(cards: [Card], flow: Flow, site: Site? = nil, languageTag: String = Language.english.tag) {
        let urgentFirst = cards.filter(\.urgent) + cards.filter { !$0.urgent }
        actionCards = Array(urgentFirst.filter { $0.now != nil }.prefix(OutcomeGuidance.maximumActions))
        call = urgentFirst.lazy.flatMap { card in card.contacts.map { (card: card, contact: $0) } }
            .first { $0.contact.phone != nil }
        sayCards = cards.filter { $0.say != nil }
        self.cards = cards
        sources = flow.sources(of: cards)
        self.site = SiteReferrals(site: site, cards: cards, languageTag: languageTag)
    }
}
