import AmparoCore
import Testing

@testable import AmparoUI

@Suite("Idle timer")
struct IdleTimerTests {
    @Test("disarmed until the first input, then active, countdown, expired")
    func phases() {
        var timer = IdleTimer(idleSeconds: 120, countdownSeconds: 20)
        #expect(timer.phase(at: .seconds(10_000)) == .active)
        #expect(timer.timeUntilNextChange(at: .seconds(5)) == nil)
        timer.noteInput(at: .seconds(100))
        #expect(timer.phase(at: .seconds(219)) == .active)
        #expect(timer.phase(at: .seconds(220)) == .countdown(secondsLeft: 20))
        #expect(timer.phase(at: .milliseconds(220_800)) == .countdown(secondsLeft: 20))
        #expect(timer.phase(at: .seconds(221)) == .countdown(secondsLeft: 19))
        #expect(timer.phase(at: .milliseconds(239_999)) == .countdown(secondsLeft: 1))
        #expect(timer.phase(at: .seconds(240)) == .expired)
        #expect(timer.phase(at: .seconds(500)) == .expired)
    }

    @Test("a key during the countdown dismisses it and is swallowed; other keys are not")
    func inputDismissesCountdown() {
        var timer = IdleTimer(idleSeconds: 10, countdownSeconds: 5)
        #expect(timer.noteInput(at: .seconds(0)) == false)
        #expect(timer.noteInput(at: .seconds(9)) == false)
        #expect(timer.phase(at: .seconds(20)) == .countdown(secondsLeft: 4))
        #expect(timer.noteInput(at: .seconds(20)) == true)
        #expect(timer.phase(at: .seconds(20)) == .active)
        #expect(timer.phase(at: .seconds(30)) == .countdown(secondsLeft: 5))
    }

    @Test("a wipe disarms it")
    func wipeDisarms() {
        var timer = IdleTimer(config: KioskConfig(idleSeconds: 3, countdownSeconds: 2))
        timer.noteInput(at: .zero)
        #expect(timer.phase(at: .seconds(5)) == .expired)
        timer.disarm()
        #expect(!timer.isArmed)
        #expect(timer.phase(at: .seconds(50)) == .active)
    }

    @Test("how long a run loop may wait for a key")
    func nextChange() {
        var timer = IdleTimer(idleSeconds: 120, countdownSeconds: 20)
        timer.noteInput(at: .seconds(10))
        #expect(timer.timeUntilNextChange(at: .seconds(10)) == .seconds(120))
        #expect(timer.timeUntilNextChange(at: .seconds(100)) == .seconds(30))
        #expect(timer.timeUntilNextChange(at: .seconds(130)) == .seconds(1))
        #expect(timer.timeUntilNextChange(at: .milliseconds(130_250)) == .milliseconds(750))
        #expect(timer.timeUntilNextChange(at: .seconds(150)) == .zero)
    }

    @Test("the system clock moves forward")
    func systemClock() {
        let clock = SystemKioskClock()
        let first = clock.now()
        let second = clock.now()
        #expect(first >= .zero)
        #expect(second >= first)
    }
}
