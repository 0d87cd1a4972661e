import AmparoCore
import AmparoUI

/// A small flow with every kind of step, loaded through the real loader.
enum TestContent {
    static let yaml = """
    id: door
    title: Help at the door
    summary: What to do when someone knocks and says they are an officer.
    jurisdiction: California, USA
    version: 1
    reviewed: 2026-11-26
    review-by: 2027-05-31
    notice: This is general information, not legal advice.
    sources:
      - id: fourth-amendment
        title: Protection from unreasonable searches
        cite: U.S. Const. amend. IV
        as-of: 2026-11-26
      - id: penal-851-5
        title: Phone calls after arrest
        cite: Cal. Penal Code § 851.5
        as-of: 2026-11-26
    start: where
    steps:
      - id: where
        kind: single
        text: Where are you?
        detail: Pick the place that fits best.
        options:
          - id: home
            label: At home
            next: warrant
          - id: work
            label: At work
            next: needs
      - id: warrant
        kind: single
        text: Did the agents show a paper signed by a judge?
        options:
          - id: judicial
            label: Yes, signed by a judge
          - id: administrative
            label: It is an ICE form
        unsure:
          next: how-to-tell
        next: needs
      - id: how-to-tell
        kind: info
        text: How to tell a judge's warrant from an ICE form
        detail: A judge's warrant names a court and is signed by a judge.
        next: needs
      - id: needs
        kind: multiple
        text: What do you need help with?
        options:
          - id: calls
            label: Phone calls
          - id: door
            label: The door
        unsure: {}
        next: guidance
      - id: guidance
        kind: outcome
        text: What you can do
        cards: [rights]
    cards:
      - id: rights
        title: You do not have to open the door
        body: >-
          Agents need a warrant signed by a judge to come in without your consent. Talk through
          the door. Ask them to slide the warrant under the door. Read it before you do anything.
          Check the name, the address and the judge's signature. If anything is wrong, keep the
          door closed. You can stay silent. You can ask for a lawyer. You do not have to sign
          anything. Write down the agents' names and badge numbers if you can.
        say: I do not consent to your entry. Please slide the warrant under the door.
        cite: [fourth-amendment]
        as-of: 2026-11-26
        contested: Courts have not settled whether ICE forms allow entry in some cases.
        contacts:
          - name: CHIRLA hotline
            phone: 888-624-4752
            hours: Every day
      - id: calls
        title: You can make phone calls
        body: After an arrest you can make at least three free phone calls within three hours.
        cite: [penal-851-5]
        as-of: 2026-11-26
        urgent: true
        when: '"calls" in needs'
    """

    static let flow: Flow = {
        let result = FlowLoader.load(yaml: yaml, file: "door.yaml")
        precondition(!result.hasErrors, "\(result.diagnostics.map(\.headline))")
        return result.flows[0]
    }()

    /// An app on the flow, in English unless `strings` says otherwise.
    static func app(language: String? = "en", languages: [LanguageChoice] = LanguageChoice.shipped,
                    strings: @escaping @Sendable (String) -> Strings = { _ in .english }) -> App {
        App(configuration: AppConfiguration(flows: [flow], languages: languages,
                                            fixedLanguage: language, strings: strings))
    }
}
