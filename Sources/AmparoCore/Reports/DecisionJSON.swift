/// The JSON shape of `amparo decide --format json`.
struct DecisionJSON: Encodable {
    struct FlowInfo: Encodable {
        var id, title, version, reviewBy: String
        /// Who reviewed the content as a lawyer, and when; `nil` when no review is recorded.
        var attorneyReview: String?
        var notice: String?
    }

    struct StepVisit: Encodable {
        var step, kind, text: String
        var answer: [String]?
        var answerLabels: [String]?
    }

    struct OutcomeInfo: Encodable {
        var id, text: String
    }

    var flow: FlowInfo
    var path: [StepVisit]
    var outcome: OutcomeInfo
    var cards: [CardJSON]
    /// The site's services the cards call for (`--site DIR`); absent without a site or a match.
    var site: SiteJSON?
    var unusedAnswers: [String]

    init(_ decision: Decision, language: ReportLanguage, site referrals: SiteReferrals? = nil,
         siteText: SiteReferralText? = nil) {
        if let referrals, let siteText { site = SiteJSON(referrals, text: siteText) }
        let flow = decision.flow
        let wording = AnswerWording(flow: flow, language: language)
        self.flow = FlowInfo(id: flow.id, title: language.text(flow.title), version: flow.version,
                             reviewBy: flow.reviewBy.description,
                             attorneyReview: flow.factBase.review.record.map { "\($0.reviewer), \($0.date)" },
                             notice: flow.notice.map(language.text))
        path = decision.path.compactMap { visit in
            guard let step = flow.step(visit.stepID) else { return nil }
            return StepVisit(step: step.id, kind: step.kind.rawValue, text: language.text(step.text),
                             answer: visit.answer?.ids,
                             answerLabels: visit.answer?.ids.map { wording.label($0, of: step) })
        }
        outcome = OutcomeInfo(id: decision.outcome.id, text: language.text(decision.outcome.text))
        cards = decision.cards.map { CardJSON($0, flow: flow, language: language) }
        unusedAnswers = decision.unusedAnswers
    }
}

/// A card in JSON, with its sources resolved.
struct CardJSON: Encodable {
    struct Citation: Encodable {
        var id: String
        var title, cite: String
        var asOf, url, contested: String?
        /// Set when `contested` is shown in English although another language was chosen.
        var notice: String?
    }

    struct ContactJSON: Encodable {
        var name: String
        var phone, url, hours: String?
    }

    var id, title, body: String
    /// The day its statements were last checked against their sources (`YYYY-MM-DD`).
    var checked: String?
    var now, say, contested, when: String?
    /// Set when the card is shown in English although another language was chosen.
    var notice: String?
    var urgent: Bool
    var facts: [String]
    var citations: [Citation]
    var contacts: [ContactJSON]

    init(_ card: Card, flow: Flow, language: ReportLanguage) {
        let (word, notice) = language.group(CardText.texts(of: card))
        id = card.id
        self.notice = notice
        title = word(card.title)
        body = word(card.body)
        let basis = flow.basis(of: card)
        checked = basis.checked?.description
        now = card.now.map(word)
        say = card.say.map(word)
        contested = card.contested.map(word)
        when = card.when?.description
        urgent = card.urgent
        facts = card.facts.map(\.id)
        citations = basis.sources.map { source in
            let note = source.contested.map { language.group([$0]) }
            return Citation(id: source.id, title: source.title, cite: source.cite,
                            asOf: source.asOf?.description, url: source.url,
                            contested: source.contested.flatMap { note?.word($0) }, notice: note?.notice)
        }
        contacts = card.contacts.map {
            ContactJSON(name: word($0.name), phone: $0.phone, url: $0.url, hours: $0.hours.map(word))
        }
    }
}
