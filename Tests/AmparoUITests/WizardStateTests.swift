import AmparoTestSupport
import AmparoCore
import Foundation
import Testing

@testable import AmparoUI

/// The wizard's state is a value: one function changes it, drawing never does, and a wipe
/// replaces it whole.
@Suite("The wizard's state")
struct WizardStateTests {
    func walk(_ app: App, _ keys: [Key]) {
        for key in keys { app.receive(key) }
    }

    /// Everything a frame depends on, drawn at two sizes with the help open and closed.
    func drawn(_ state: WizardState, _ configuration: AppConfiguration) -> [[String]] {
        [WizardView.render(state, configuration, width: 80, height: 24).screen.text(),
         WizardView.render(state, configuration, width: 40, height: 12).screen.text()]
    }

    @Test("after a wipe the state draws exactly like a fresh start, whatever the person did")
    func wipeIsAFreshStart() {
        let clock = ManualClock()
        let app = KioskFixture.app(clock: clock)
        let fresh = App(configuration: app.configuration)
        // Language, flow, answers, a checked box, the help, the urgent screen, a message.
        walk(app, KioskFixture.toOutcome)
        walk(app, [.character("?"), .escape, .character("a"), .pageDown])
        #expect(app.isAtOutcome)
        app.receive(.character("x"))
        #expect(drawn(app.state, app.configuration) == drawn(fresh.state, fresh.configuration))
        #expect(app.state.session == nil && app.state.checked.isEmpty && app.state.announcedStatus.isEmpty)
        #expect(app.state.lists == fresh.state.lists)
        #expect(app.terminalWipePending)
    }

    @Test("drawing a frame changes nothing: the same state draws the same screen every time")
    func renderingIsPure() {
        let app = KioskFixture.app(clock: ManualClock())
        walk(app, KioskFixture.toOutcome.dropLast())
        let before = app.state
        let first = WizardView.render(before, app.configuration, width: 40, height: 12).screen.text()
        let second = WizardView.render(before, app.configuration, width: 40, height: 12).screen.text()
        #expect(first == second)
        #expect(before.lists == app.state.lists && before.page == app.state.page)
    }

    @Test("a wipe keeps the staff exit's wrong-PIN count: a guesser gets no fresh tries")
    func lockoutSurvivesAWipe() {
        let clock = ManualClock()
        let app = KioskFixture.app(clock: clock)
        let staffKeys: [Key] = [.function(10), .function(10), .function(10)]
        for _ in 0..<3 { walk(app, staffKeys + "0000".map { Key.character($0) } + [.enter]) }
        #expect(app.state.kiosk.staff.isLockedOut(at: clock.now()))
        app.receive(.character("x"))
        #expect(app.state.kiosk.staff.isLockedOut(at: clock.now()))
        walk(app, staffKeys)
        #expect(app.overlay != .staffPrompt)
    }

    @Test("a kiosk that restarts after a wipe ends the run with what to carry: the lockout, never the person")
    func wipeAsksForARestart() throws {
        let clock = ManualClock()
        var configuration = KioskFixture.app(clock: clock).configuration
        configuration.restartsAfterWipe = true
        let app = App(configuration: configuration)
        let staffKeys: [Key] = [.function(10), .function(10), .function(10)]
        walk(app, staffKeys + "000000".map { Key.character($0) } + [.enter])
        walk(app, KioskFixture.toOutcome)
        #expect(app.isAtOutcome && app.restartEnvironmentValue == nil)
        app.receive(.character("x"))
        #expect(!app.isRunning)
        #expect(app.restartEnvironmentValue == "1;1:0:0;0")
        // The restarted app: fresh, one wrong PIN remembered, nothing else.
        configuration.carriedRestart = KioskRestart(environmentValue: try #require(app.restartEnvironmentValue), at: .zero)
        let next = App(configuration: configuration)
        #expect(next.page == .language && next.session == nil && next.state.kiosk.staff.lockoutState.failures == 1)
        // Staff leaving with the right PIN ends the run with no restart.
        walk(next, staffKeys + "482193".map { Key.character($0) } + [.enter])
        #expect(!next.isRunning && next.restartEnvironmentValue == nil)
    }

    @Test("effects come back from the one update function, in order")
    func effectsAreReturned() {
        let app = KioskFixture.app(clock: ManualClock())
        var state = app.state
        let effects = state.apply(.key(.character("x"), at: .zero), in: app.configuration)
        #expect(effects == [.stopSpeaking, .clearTerminal])
        #expect(state.isRunning)
    }

    @Test("the update never draws: reading aloud asks for the screen as an effect, its lines come back as an event")
    func readAloudAsksForTheScreen() {
        let fakes = FakeServices()
        let app = KioskFixture.app(readAloud: true, clock: ManualClock(), fakes: fakes)
        let shown = app.render(width: 80, height: 24).text()
        var state = app.state
        #expect(state.apply(.key(.character("s"), at: .zero), in: app.configuration) == [.readScreen])
        let lines = ["Choose a language", "1 Español"]
        guard case .speak(let voice, let text) = ReadAloudRequest(screenLines: lines, languageTag: "en") else {
            Issue.record("no English voice")
            return
        }
        #expect(state.apply(.screenRead(lines: lines), in: app.configuration) == [.speak(text: text, voice: voice)])

        app.receive(.character("s"))            // the runtime draws the same frame and speaks it
        let expected = ReadAloudRequest(screenLines: Array(shown.dropLast()), languageTag: "en")
        #expect(fakes.spoken.count == 1)
        #expect(expected == .speak(voice: fakes.spoken.last?.voice ?? "", text: fakes.spoken.last?.text ?? ""))
    }

    @Test("a drawn frame reaches the state only as the .drawn event")
    func drawnFrameIsAnEvent() {
        let app = TestContent.app()
        var state = app.state
        let frame = WizardView.render(state, app.configuration, width: 40, height: 12)
        #expect(state.layout.bodySize != frame.layout.bodySize)
        #expect(state.apply(.drawn(frame), in: app.configuration).isEmpty)
        #expect(state.layout.bodySize == frame.layout.bodySize && state.layout.regions == frame.layout.regions)
    }
}
