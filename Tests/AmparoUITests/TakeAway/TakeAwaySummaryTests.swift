import Testing

@testable import AmparoUI

@Suite("Take-away summary")
struct TakeAwaySummaryTests {
    static let chirla = TakeAwayContact(name: "CHIRLA", phone: "888-624-4752")
    static let cards = [
        TakeAwayCard(
            title: "Do not open the door", say: "I do not consent to your entry.", asOf: "2026-11-26",
            contacts: [chirla]),
        TakeAwayCard(title: "Stay silent", say: "I want to remain silent.", asOf: "2026-11-20", contacts: []),
        TakeAwayCard(
            title: "Call for help", say: nil, asOf: "2026-11-26",
            contacts: [chirla, TakeAwayContact(name: "Rapid response", phone: "213-555-0100")]),
        TakeAwayCard(
            title: "Repeat", say: "I do not consent to your entry.", asOf: "2026-11-26", contacts: []),
    ]

    @Test("say lines and hotlines, each once, in card order")
    func collects() {
        let summary = TakeAwaySummary(cards: Self.cards)
        #expect(summary.sayLines == ["I do not consent to your entry.", "I want to remain silent."])
        #expect(summary.hotlines.map(\.phone) == ["888-624-4752", "213-555-0100"])
        #expect(
            summary.qrText() == """
                "I do not consent to your entry."
                "I want to remain silent."
                CHIRLA: 888-624-4752
                Rapid response: 213-555-0100
                """)
    }

    @Test("QR candidates: every prefix of says and hotlines, longest first, down to one hotline")
    func candidates() {
        let summary = TakeAwaySummary(cards: Self.cards)
        #expect(summary.qrCandidates.map(\.utf8.count) == [110, 83, 81, 54, 49, 20])
        #expect(summary.qrCandidates.first == summary.qrText())
        #expect(summary.qrCandidates[3] == "\"I do not consent to your entry.\"\nCHIRLA: 888-624-4752")
        #expect(summary.qrCandidates.last == "CHIRLA: 888-624-4752")
        #expect(TakeAwaySummary(cards: []).isEmpty)
        #expect(TakeAwaySummary(cards: []).qrCandidates.isEmpty)
    }

    @Test("the saved text shows each script with its date, then the hotlines")
    func savedText() {
        let text = TakeAwaySummary(cards: Self.cards).savedText(
            heading: "Amparo summary", sayHeading: "What to say:", callHeading: "Who to call:",
            asOf: { "as of \($0)" })
        #expect(
            text == """
                Amparo summary

                What to say:
                - Do not open the door (as of 2026-11-26)
                  "I do not consent to your entry."
                - Stay silent (as of 2026-11-20)
                  "I want to remain silent."
                - Repeat (as of 2026-11-26)
                  "I do not consent to your entry."

                Who to call:
                - CHIRLA: 888-624-4752
                - Rapid response: 213-555-0100

                """)
    }
}
