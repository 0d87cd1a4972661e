import AmparoCore
import AmparoTestSupport
import Testing
@testable import AmparoUI

/// Keys as a newcomer expects them: Esc goes back, q asks before it erases answers, Enter
/// never unchecks, "I don't know" says what it does, and x over the kiosk's countdown clears.
@Suite("Keys as a person expects them")
struct KeysAsExpectedTests {
    @Test("Esc goes back one question, as in dialog and whiptail")
    func escapeGoesBack() {
        let app = TestContent.app()
        app.handle(.confirm)                    // the flow
        app.handle(.pick(1))                    // at home
        #expect(app.session?.currentStep?.id == "warrant")
        app.receive(.escape)
        #expect(app.session?.currentStep?.id == "where")
    }

    @Test("q with answers given asks first: a second q leaves, any other key stays")
    func quitAsksFirst() throws {
        let app = TestContent.app()
        app.handle(.confirm)
        app.receive(.character("q"))
        #expect(!app.isRunning, "no answer given yet: q leaves at once")

        let answered = TestContent.app()
        answered.handle(.confirm)
        answered.handle(.pick(1))
        answered.receive(.character("q"))
        #expect(answered.isRunning)
        #expect(answered.render(width: 80, height: 24).text().contains { $0.contains("Press q again to leave.") })
        answered.receive(.down)                 // any other key: stay, the question is as it was
        #expect(answered.isRunning)
        #expect(!answered.render(width: 80, height: 24).text().contains { $0.contains("Press q again") })
        answered.receive(.character("q"))
        answered.receive(.character("q"))
        #expect(!answered.isRunning)
    }

    @Test("x never asks")
    func quickExitNeverAsks() {
        let app = TestContent.app()
        app.handle(.confirm)
        app.handle(.pick(1))
        app.receive(.character("x"))
        #expect(!app.isRunning)
    }

    /// At home → an ICE form → the "check all that apply" question.
    private func atMultipleChoice() -> App {
        let app = TestContent.app()
        app.handle(.confirm)
        app.handle(.pick(1))
        app.handle(.pick(2))                    // an ICE form: on to what they need
        #expect(app.session?.currentStep?.kind.answerShape == .many)
        return app
    }

    @Test("check all that apply: a digit, then Enter, keeps the answer checked and goes on")
    func digitThenEnterKeepsIt() {
        let app = atMultipleChoice()
        app.receive(.character("1"))           // "Phone calls" checked, highlighted
        app.receive(.enter)
        #expect(app.isAtOutcome)
        #expect(app.session?.answers["needs"] == .many(["calls"]))
    }

    @Test("check all that apply: Enter on an unchecked answer checks it; Continue with none asks for one")
    func enterChecksAndContinueNeedsOne() {
        let app = atMultipleChoice()
        app.receive(.end)                      // Continue, nothing checked
        app.receive(.enter)
        #expect(!app.isAtOutcome)
        #expect(app.render(width: 80, height: 24).text().contains { $0.contains(InterfaceString.plainNoneChecked.english) })
        app.receive(.home)
        app.receive(.enter)                    // checks "Phone calls"
        #expect(!app.isAtOutcome)
        app.receive(.enter)                    // on a checked answer: go on
        #expect(app.isAtOutcome)
    }

    @Test("check all that apply: choosing \u{201C}I don't know\u{201D} says it clears the others")
    func unsureSaysItClears() {
        let app = atMultipleChoice()
        app.receive(.character("1"))
        app.receive(.character("3"))           // I don't know / not sure
        let lines = app.render(width: 80, height: 24).text()
        #expect(lines.contains { $0.contains("clears the other answers") })
        #expect(lines.contains { $0.contains("[ ] 1. Phone calls") })
    }

    @Test("kiosk: x over \u{201C}Are you still there?\u{201D} clears at once, and the countdown shows no topic")
    func quickExitOverTheCountdown() throws {
        let clock = ManualClock()
        let app = KioskFixture.app(clock: clock)
        for key in [Key.character("2"), .enter, .character("1")] { app.receive(key) }
        clock.advance(by: .seconds(121))
        app.tickKiosk()
        #expect(app.countdownSecondsLeft != nil)
        let countdown = app.render(width: 80, height: 24).text()
        #expect(!countdown.joined().contains("Help at the door"), "a passer-by cannot see the topic")
        app.receive(.character("x"))
        #expect(app.session == nil)
        #expect(app.page == .language)
        #expect(app.terminalWipePending)
    }
}
