import AmparoCore
import Testing

@testable import AmparoUI

@Suite("Staff exit")
struct StaffExitTests {
    /// N = 2^14: half the standard cost, the same code.
    let pin = StaffPin(pin: "482193", salt: [1, 2, 3, 4, 5, 6, 7, 8], cost: .init(logRounds: 14, blockSize: 8, parallelism: 1))

    func open(_ exit: inout StaffExit, at start: Duration = .zero) {
        #expect(exit.handle(.staffKey, at: start) == .consumed)
        #expect(exit.handle(.staffKey, at: start + .seconds(1)) == .consumed)
        #expect(exit.handle(.staffKey, at: start + .seconds(2)) == .promptOpened)
        #expect(exit.phase == .prompt(length: 0))
    }

    func type(_ text: String, into exit: inout StaffExit, at time: Duration) -> StaffExit.Outcome {
        for character in text {
            #expect(exit.handle(.character(character), at: time) == .consumed)
        }
        return exit.handle(.enter, at: time)
    }

    @Test("three presses, the right PIN, Enter: granted")
    func rightPin() {
        var exit = StaffExit(pin: pin)
        open(&exit)
        #expect(exit.handle(.character("4"), at: .seconds(3)) == .consumed)
        #expect(exit.phase == .prompt(length: 1))
        #expect(exit.handle(.character("9"), at: .seconds(3)) == .consumed)
        #expect(exit.handle(.backspace, at: .seconds(3)) == .consumed)
        #expect(type("82193", into: &exit, at: .seconds(4)) == .granted)
        #expect(exit.phase == .closed)
    }

    @Test("presses too far apart, or broken by another key, do not open the prompt")
    func sequenceMustBeTight() {
        var exit = StaffExit(pin: pin)
        #expect(exit.handle(.staffKey, at: .seconds(0)) == .consumed)
        #expect(exit.handle(.staffKey, at: .seconds(2)) == .consumed)
        #expect(exit.handle(.staffKey, at: .seconds(4)) == .consumed)
        #expect(exit.phase == .closed)
        #expect(exit.handle(.character("a"), at: .seconds(5)) == .passThrough)
        #expect(exit.handle(.staffKey, at: .seconds(5)) == .consumed)
        #expect(exit.handle(.enter, at: .seconds(5)) == .passThrough)
        #expect(exit.handle(.staffKey, at: .seconds(5)) == .consumed)
        #expect(exit.handle(.staffKey, at: .seconds(6)) == .consumed)
        #expect(exit.phase == .closed)
    }

    @Test("a wrong PIN goes back to the kiosk; three in a row lock the prompt for a minute")
    func wrongPinsLockOut() {
        var exit = StaffExit(pin: pin)
        open(&exit, at: .seconds(0))
        #expect(type("1111", into: &exit, at: .seconds(3)) == .rejected)
        #expect(exit.phase == .closed)
        open(&exit, at: .seconds(10))
        #expect(type("2222", into: &exit, at: .seconds(13)) == .rejected)
        open(&exit, at: .seconds(20))
        #expect(type("3333", into: &exit, at: .seconds(23)) == .lockedOut)
        #expect(exit.isLockedOut(at: .seconds(24)))
        // Locked: the sequence is swallowed but opens nothing, even with the right PIN known.
        for second in 30...32 { #expect(exit.handle(.staffKey, at: .seconds(second)) == .consumed) }
        #expect(exit.phase == .closed)
        #expect(!exit.isLockedOut(at: .seconds(83)))
        open(&exit, at: .seconds(90))
        #expect(type("482193", into: &exit, at: .seconds(93)) == .granted)
        #expect(exit.lockoutState == StaffLockout())
    }

    @Test("each lockout lasts twice the one before, up to a day; the right PIN starts over")
    func lockoutsDouble() throws {
        var exit = StaffExit(pin: pin)
        var time = Duration.zero
        var lengths: [Duration] = []
        for _ in 0..<12 {
            for attempt in 0..<3 {
                open(&exit, at: time)
                let outcome = type("000000", into: &exit, at: time + .seconds(2))
                #expect(outcome == (attempt == 2 ? .lockedOut : .rejected))
            }
            let until = try #require(exit.lockoutState.lockedUntil)
            lengths.append(until - (time + .seconds(2)))
            #expect(exit.isLockedOut(at: until - .seconds(1)) && !exit.isLockedOut(at: until))
            time = until
        }
        #expect(lengths.prefix(5) == [.seconds(60), .seconds(120), .seconds(240), .seconds(480), .seconds(960)])
        #expect(lengths.last == StaffLockout.longest && lengths.max() == StaffLockout.longest)
        open(&exit, at: time)
        #expect(type("482193", into: &exit, at: time) == .granted)
        #expect(exit.lockoutState.rounds == 0 && exit.lockoutState.lockedUntil == nil)
    }

    @Test("the lockout crosses a restart: its text keeps the count, the round and the time left")
    func lockoutIsCarried() {
        var lockout = StaffLockout()
        let first = lockout.recordFailure(at: .seconds(10), maxFailures: 3, base: .seconds(60))
        #expect(!first)
        let early = StaffLockout(carried: lockout.carried(at: .seconds(11)), at: .seconds(500))
        #expect(early.failures == 1 && early.rounds == 0 && early.lockedUntil == nil)
        _ = lockout.recordFailure(at: .seconds(10), maxFailures: 3, base: .seconds(60))
        let third = lockout.recordFailure(at: .seconds(10), maxFailures: 3, base: .seconds(60))
        #expect(third)
        #expect(lockout.carried(at: .seconds(30)) == "0:1:40000")
        // The new process's clock starts near zero: 40 s are left from its own start.
        let carried = StaffLockout(carried: lockout.carried(at: .seconds(30)), at: .seconds(1))
        #expect(carried.rounds == 1 && carried.lockedUntil == .seconds(41))
        #expect(carried.isLocked(at: .seconds(40)) && !carried.isLocked(at: .seconds(41)))
        // Text not in the form carries nothing.
        for text in ["", "1:2", "a:b:c", "0:0:-5", "0:0:999999999999", "5000:0:0"] {
            #expect(StaffLockout(carried: text, at: .zero) == StaffLockout(), "\(text)")
        }
        let restart = KioskRestart(lockout: lockout, screenCleared: true)
        #expect(restart.environmentValue(at: .seconds(30)) == "1;0:1:40000;1")
        #expect(KioskRestart(environmentValue: "1;0:1:40000;1", at: .zero)?.screenCleared == true)
        #expect(KioskRestart(environmentValue: "2;0:1:40000;1", at: .zero) == nil)
    }

    @Test("Escape closes the prompt; an idle prompt closes by itself")
    func promptCloses() {
        var exit = StaffExit(pin: pin)
        open(&exit)
        #expect(exit.handle(.character("4"), at: .seconds(3)) == .consumed)
        #expect(exit.handle(.cancel, at: .seconds(3)) == .promptClosed)
        #expect(exit.phase == .closed)
        open(&exit, at: .seconds(10))
        #expect(exit.closeIfTimedOut(at: .seconds(20)) == false)
        #expect(exit.closeIfTimedOut(at: .seconds(42)) == true)
        #expect(exit.phase == .closed)
        // A key after the timeout goes to the kiosk, not to the closed prompt.
        open(&exit, at: .seconds(50))
        #expect(exit.handle(.character("x"), at: .seconds(90)) == .passThrough)
    }

    @Test("without a configured PIN the prompt never opens")
    func noPinNoPrompt() {
        var exit = StaffExit(pin: nil)
        for second in 0..<5 { #expect(exit.handle(.staffKey, at: .seconds(second)) == .consumed) }
        #expect(exit.phase == .closed)
    }

    @Test("the wipe sequence clears the screen and the scrollback")
    func wipeBytes() {
        #expect(TerminalWipe.sequence == "\u{1B}[H\u{1B}[2J\u{1B}[3J")
        #expect(TerminalWipe.bytes == [27, 91, 72, 27, 91, 50, 74, 27, 91, 51, 74])
    }
}
