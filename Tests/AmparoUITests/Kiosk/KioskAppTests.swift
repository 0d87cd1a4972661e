import AmparoTestSupport
import AmparoCore
import Testing

@testable import AmparoUI

@Suite("Kiosk mode in the app")
struct KioskAppTests {
    func run(_ app: App, _ keys: [Key]) {
        for key in keys { app.receive(key) }
    }

    @Test("it never ends by itself: Finish at the outcome wipes back to the language picker")
    func neverEnds() throws {
        let clock = ManualClock()
        let app = KioskFixture.app(clock: clock)
        run(app, KioskFixture.toOutcome)
        #expect(app.isAtOutcome)
        let footer = try #require(app.render(width: 80, height: 24).text().last)
        #expect(footer.contains("q: Finish") && footer.contains("x: Quick exit") && footer.contains("a: Agents"), "\(footer)")
        app.receive(.character("q"))
        #expect(app.isRunning)
        #expect(app.page == .language)
        #expect(app.session == nil)
        #expect(app.terminalWipePending)
        // End of input (the terminal went away) still ends the program.
        app.receive(.endOfInput)
        #expect(!app.isRunning)
    }

    @Test("outside kiosk mode, q quits as before")
    func quitOutsideKiosk() {
        let app = KioskFixture.app(kiosk: false, clock: ManualClock())
        app.receive(.character("q"))
        #expect(!app.isRunning)
    }

    @Test("the run loop wipes the terminal once per wipe and keeps going")
    func runLoopWipes() {
        let clock = ManualClock()
        let app = KioskFixture.app(clock: clock)
        let keys = KioskFixture.toOutcome + [.character("q")] + KioskFixture.toOutcome + [.character("x")]
        let terminal = ScriptedTerminal(clock: clock, events: keys.map { .key($0) })
        app.run(on: terminal)
        #expect(terminal.wipes == 2)
        // The screen drawn after each wipe is the neutral language picker.
        for index in terminal.presentedAfterWipe {
            #expect(terminal.screens[index].text().contains(" 2. English"))
        }
    }

    @Test("idle: a countdown in the person's language, a key dismisses it, then time runs out and wipes")
    func idleCountdownAndWipe() throws {
        let clock = ManualClock()
        let app = KioskFixture.app(clock: clock, strings: { tag in
            FakeCatalog.strings(tag, content: [:], interface: tag == "es"
                ? [.idleTitle: "¿Sigue ahí?", .idleCountdown: "La pantalla se borrará en %d segundos."] : [:])
        })
        let events: [ScriptedTerminal.Event] = [
            .key(.character("1")), .key(.enter), .key(.character("1")),   // Spanish, flow, home
            .wait(.seconds(119)), .wait(.seconds(2)),                          // countdown starts
        ]
        let terminal = ScriptedTerminal(clock: clock, events: events)
        app.run(on: terminal)
        let countdown = try #require(terminal.screens.last).text()
        #expect(countdown.contains(" ¿Sigue ahí?"))
        #expect(countdown.contains(" La pantalla se borrará en 19 segundos."))
        #expect(app.countdownSecondsLeft == 19)
        // A key dismisses the countdown and is not acted on.
        let stepBefore = app.session?.currentStep?.id
        app.receive(.character("1"))
        #expect(app.countdownSecondsLeft == nil)
        #expect(app.session?.currentStep?.id == stepBefore)
        // Silence again: countdown, then the wipe.
        clock.advance(by: .seconds(120))
        app.tickKiosk()
        #expect(app.countdownSecondsLeft == 20)
        clock.advance(by: .seconds(20))
        app.tickKiosk()
        #expect(app.page == .language)
        #expect(app.session == nil)
        #expect(app.languageTag == "en")
        #expect(app.terminalWipePending)
        #expect(app.render(width: 80, height: 24).text().contains(" The screen was cleared. Nothing was saved."))
        // After a wipe the timer is disarmed: nothing counts down on the neutral screen.
        clock.advance(by: .seconds(500))
        app.tickKiosk()
        #expect(app.countdownSecondsLeft == nil)
        #expect(app.kioskWaitMilliseconds() == nil)
    }

    @Test("the run loop waits no longer than the next countdown change")
    func waitLimits() {
        let clock = ManualClock()
        let app = KioskFixture.app(clock: clock)
        #expect(app.kioskWaitMilliseconds() == nil)
        app.receive(.character("2"))
        #expect(app.kioskWaitMilliseconds() == 120_000)
        clock.advance(by: .milliseconds(125_500))
        #expect(app.kioskWaitMilliseconds() == 500)
        #expect(KioskFixture.app(kiosk: false, clock: clock).kioskWaitMilliseconds() == nil)
    }

    @Test("quick exit drops answers and the language choice; outside kiosk mode it also quits")
    func quickExit() {
        let clock = ManualClock()
        let app = KioskFixture.app(clock: clock)
        run(app, [.character("1"), .enter, .character("1")])
        #expect(app.languageTag == "es")
        #expect(app.session?.history.isEmpty == false)
        app.receive(.character("x"))
        #expect(app.isRunning)
        #expect(app.page == .language && app.session == nil && app.languageTag == "en")
        #expect(app.terminalWipePending)

        let plain = KioskFixture.app(kiosk: false, clock: clock)
        run(plain, [.character("2"), .enter, .character("1"), .character("X")])
        #expect(!plain.isRunning)
        #expect(plain.session == nil)
        #expect(plain.terminalWipePending)
    }

    @Test("Ctrl-C, Ctrl-Z, Ctrl-\\ and Ctrl-D do nothing in the app")
    func controlKeysDoNothing() {
        let app = KioskFixture.app(clock: ManualClock())
        run(app, [.character("2"), .enter])
        let before = app.render(width: 80, height: 24)
        run(app, ["\u{03}", "\u{1A}", "\u{1C}", "\u{04}"].map { Key.character(Character($0)) })
        #expect(app.isRunning)
        #expect(app.render(width: 80, height: 24) == before)
    }

    @Test("staff exit: F10 three times, a wrong PIN goes back, the right PIN ends the kiosk")
    func staffExit() {
        let clock = ManualClock()
        let app = KioskFixture.app(clock: clock)
        run(app, [.function(10), .function(10), .function(10)])
        #expect(app.overlay == .staffPrompt)
        run(app, [.character("1"), .character("2")])
        #expect(app.render(width: 80, height: 24).text().contains(" Staff PIN: **"))
        run(app, [.character("3"), .character("4"), .enter])
        #expect(app.overlay == nil && app.isRunning)
        #expect(app.render(width: 80, height: 24).text().contains(" Wrong PIN."))
        // Typed at the prompt, digits did not reach the language picker.
        #expect(app.page == .language)
        run(app, [.function(10), .function(10), .function(10)] + "482193".map { Key.character($0) } + [.enter])
        #expect(!app.isRunning)
        #expect(app.terminalWipePending)
    }

    @Test("outside kiosk mode the staff key does nothing")
    func staffKeyOutsideKiosk() {
        let app = KioskFixture.app(kiosk: false, clock: ManualClock())
        run(app, [.function(10), .function(10), .function(10)])
        #expect(app.overlay == nil)
    }
}
