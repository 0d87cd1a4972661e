import Testing
@testable import AmparoUI

/// The guidance screen: cards with their parts, scrolled with the keys.
@Suite struct OutcomeScreenTests {
    /// home → ICE form → needs: calls → the outcome with both cards.
    private func outcome() -> App {
        let app = TestContent.app()
        app.handle(.confirm)
        app.handle(.pick(1))
        app.handle(.pick(2))
        app.handle(.pick(1))
        app.handle(.last)
        app.handle(.confirm)
        return app
    }

    @Test func theOutcomeShowsEveryPartInTheOrderTheMomentNeeds() {
        let lines = outcome().render(width: 80, height: 200).text()
        let expectedInOrder = [
            " Do this now",
            "  1. Ask for your phone calls.",                                   // the urgent card's first
            "  2. Keep the door closed. Ask them to slide the warrant under it.",
            " Call CHIRLA hotline: 888-624-4752",
            " This is general information, not legal advice.",
            " What to say",
            "   I do not consent to your entry. Please slide the warrant under the door.",
            " What you can do",
            " You do not have to open the door",
            " Not settled: Courts have not settled whether ICE forms allow entry in some",
            " Who can help",
            "   CHIRLA hotline",
            "     Phone: 888-624-4752",
            "     Hours: Every day",
            " Sources: 1 · Checked November 2026",
            " ! Urgent: You can make phone calls",
            " Sources: 1 · Checked November 2026",
            " This is the end of the guidance.",
            " For advice about your situation, talk to a lawyer or a legal aid",
        ]
        var position = 0
        for expected in expectedInOrder {
            let found = lines[position...].firstIndex(of: expected)
            #expect(found != nil, "missing or out of order: \(expected)")
            position = (found ?? position) + 1
        }
        #expect(!lines.contains { $0.contains("U.S. Const.") }, "sources are one key away, not inline")
        #expect(lines.filter { $0.contains("general information") }.count == 1, "the notice once")
    }

    @Test func theSourcesAreOneKeyAwayAndAnyOtherKeyComesBack() {
        let app = outcome()
        let before = app.render(width: 80, height: 24).text()
        #expect(before.contains(" d: Sources"), "the key is named where the cards start")
        app.handle(.sources)
        let sources = app.render(width: 80, height: 24).text()
        #expect(sources.contains(" Sources of this guidance"))
        #expect(sources.contains("   - U.S. Const. amend. IV: Protection from unreasonable searches"))
        #expect(sources.contains("   - Cal. Penal Code § 851.5: Phone calls after arrest"))
        #expect(sources.contains("   Checked November 2026"))
        app.handle(.dismiss)
        #expect(app.render(width: 80, height: 24).text() == before)
    }

    @Test func atFortyByTwelveTheFirstActionsShowWithNoKeyPressed() {
        let app = outcome()
        let top = app.render(width: 40, height: 12).text()
        #expect(top[2] == " Do this now")
        #expect(top[3] == "  1. Ask for your phone calls.")
        #expect(top[4].hasPrefix("  2. Keep the door closed."))
        #expect(top[9].hasSuffix("v"), "more below is marked")
        app.handle(.pageDown)
        #expect(app.render(width: 40, height: 12).text() != top)
        app.handle(.last)
        let bottom = app.render(width: 40, height: 12).text()
        #expect(bottom[9] == " organization.")
        #expect(!bottom[9].hasSuffix("v"))
        app.handle(.first)
        #expect(app.render(width: 40, height: 12).text() == top)
    }

    @Test func urgentCardsAreMarkedInTheUrgentStyle() {
        let app = outcome()
        let screen = app.render(width: 80, height: 200)
        let row = screen.text().firstIndex(of: " ! Urgent: You can make phone calls")
        #expect(row != nil)
        if let row { #expect(screen[1, row].style == .urgent) }
    }

    @Test func backFromTheOutcomeReturnsToTheLastQuestionWithItsAnswersChecked() {
        let app = outcome()
        app.handle(.back)
        let lines = app.render(width: 80, height: 24).text()
        #expect(lines.contains(" [x] 1. Phone calls"))
        #expect(lines.contains(" [ ] 2. The door"))
    }
}
