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

    @Test func theOutcomeShowsEveryPartOfACard() {
        let lines = outcome().render(width: 80, height: 200).text()
        let expectedInOrder = [
            " What you can do",
            " You do not have to open the door",
            " What to say",
            "   I do not consent to your entry. Please slide the warrant under the door.",
            " Not settled: Courts have not settled whether ICE forms allow entry in some",
            " Who can help",
            "   CHIRLA hotline",
            "     Phone: 888-624-4752",
            "     Hours: Every day",
            " Sources",
            "   - U.S. Const. amend. IV: Protection from unreasonable searches",
            " Checked November 2026",
            " ! Urgent: You can make phone calls",
            "   - Cal. Penal Code § 851.5: Phone calls after arrest",
            " This is the end of the guidance.",
        ]
        var position = 0
        for expected in expectedInOrder {
            let found = lines[position...].firstIndex(of: expected)
            #expect(found != nil, "missing or out of order: \(expected)")
            position = (found ?? position) + 1
        }
    }

    @Test func aLongCardScrollsByPageAndShowsWhereMoreIs() {
        let app = outcome()
        let top = app.render(width: 40, height: 12).text()
        #expect(top[2] == " This is general information, not")
        #expect(top[9].hasSuffix("v"))
        app.handle(.pageDown)
        let next = app.render(width: 40, height: 12).text()
        #expect(next == [
            " Help at the door       What you can do",
            "",
            " Agents need a warrant signed by a     ^",
            " judge to come in without your",
            " consent. Talk through the door. Ask",
            " them to slide the warrant under the",
            " door. Read it before you do anything.",
            " Check the name, the address and the",
            " judge's signature. If anything is",
            " wrong, keep the door closed. You can  v",
            "",
            " PgDn: Scroll  a: Agents are here now",
        ])
        app.handle(.up)
        #expect(app.render(width: 40, height: 12).text()[2].hasPrefix(" You do not have to open the door"))
        app.handle(.last)
        let bottom = app.render(width: 40, height: 12).text()
        #expect(bottom[9] == " legal aid organization.")
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
