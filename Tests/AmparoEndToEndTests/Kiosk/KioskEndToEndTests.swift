import Foundation
import Testing

/// Kiosk mode in a real terminal (tmux).
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct KioskEndToEndTests {
    @Test("the kiosk loop: an outcome, Finish, and back to the language picker; control keys do nothing")
    func kioskLoop() throws {
        let kiosk = try KioskInTmux()
        try kiosk.walkToOutcome()
        try kiosk.press("q")
        try kiosk.tmux.waitFor("Choose your language")
        try kiosk.walkToOutcome()
        try kiosk.press("C-c", "C-z", "C-\\", "C-d")
        usleep(300_000)
        let screen = try kiosk.tmux.screen()
        #expect(screen.contains { $0.contains("What you can do") })
        #expect(try !kiosk.hasEnded())
    }

    @Test("idle: the countdown, then a wipe back to the start")
    func idleCountdownAndWipe() throws {
        let kiosk = try KioskInTmux(idle: 2, countdown: 3)
        try kiosk.tmux.waitFor("Choose your language")
        try kiosk.press("2", "Enter")
        try kiosk.tmux.waitFor("Where are you?")
        let countdown = try kiosk.tmux.waitFor("Are you still there?", timeout: 5)
        #expect(countdown.contains { $0.range(of: "Seconds left: [1-3]$", options: .regularExpression) != nil })
        try kiosk.tmux.waitFor(timeout: 6) { lines in
            lines.contains { $0.contains("The screen was cleared. Nothing was saved.") }
                && lines.contains { $0.contains("Choose your language") }
        }
        #expect(try !kiosk.tmux.history().contains { $0.contains("Where are you?") })
    }

    @Test("a key during the countdown keeps the person's place")
    func countdownDismissed() throws {
        let kiosk = try KioskInTmux(idle: 2, countdown: 30)
        try kiosk.tmux.waitFor("Choose your language")
        try kiosk.press("2", "Enter")
        try kiosk.tmux.waitFor("Are you still there?", timeout: 5)
        try kiosk.press("Space")
        try kiosk.tmux.waitFor("Where are you?")
    }

    @Test("quick exit wipes a question at once")
    func quickExit() throws {
        let kiosk = try KioskInTmux()
        try kiosk.tmux.waitFor("Choose your language")
        try kiosk.press("2", "Enter", "1")
        try kiosk.tmux.waitFor("Did the agents show")
        try kiosk.press("x")
        try kiosk.tmux.waitFor("Choose your language")
        #expect(try !kiosk.tmux.history().contains { $0.contains("Did the agents show") })
        #expect(try !kiosk.hasEnded())
    }

    @Test("the urgent key shows the flow's urgent cards, and one key returns")
    func urgentAndReturn() throws {
        let kiosk = try KioskInTmux()
        try kiosk.tmux.waitFor("Choose your language")
        try kiosk.press("2", "Enter", "1", "Down")
        try kiosk.tmux.waitFor("Did the agents show")
        usleep(300_000)
        let question = try kiosk.tmux.waitFor("Did the agents show")
        try kiosk.press("a")
        let urgent = try kiosk.tmux.waitFor("You can make phone calls", gone: ["Did the agents show"])
        #expect(urgent.contains { $0.contains("Esc: Back to where I was") })
        try kiosk.press("Escape")
        // Back exactly where the person was: the same screen, highlight included.
        try kiosk.tmux.waitFor { $0 == question }
    }

    @Test("the urgent key before a flow is chosen: the built-in screen")
    func builtInUrgent() throws {
        let kiosk = try KioskInTmux()
        try kiosk.tmux.waitFor("Choose your language")
        try kiosk.press("a")
        let lines = try kiosk.tmux.waitFor("If agents are here now", gone: ["Español / Spanish"])
        #expect(lines.contains { $0.contains("Do not sign anything.") })
        #expect(lines.contains { $0.contains("888-624-4752") })
        try kiosk.press("Escape")
        try kiosk.tmux.waitFor("Choose your language")
    }

    @Test("staff exit: a wrong PIN goes back to the kiosk; the right one ends it and restores the terminal")
    func staffExit() throws {
        let kiosk = try KioskInTmux()
        try kiosk.tmux.waitFor("Choose your language")
        try kiosk.press("2", "Enter")
        try kiosk.tmux.waitFor("Where are you?")
        try kiosk.staffExit(pin: "1111")
        try kiosk.tmux.waitFor("Wrong PIN.")
        #expect(try !kiosk.hasEnded())
        try kiosk.staffExit(pin: KioskInTmux.pin)
        let amparo = AmparoInTmux(attachedTo: kiosk.tmux)
        #expect(try amparo.exitStatus() == 0)
        #expect(try !kiosk.tmux.history().contains { $0.contains("Where are you?") })
        try amparo.expectTerminalRestored()
    }

    @Test("a wipe clears the scrollback: nothing from before is left to scroll back to")
    func scrollbackCleared() throws {
        // Without the alternate screen, every screen the app draws scrolls into tmux's history.
        let kiosk = try KioskInTmux(before: "for i in $(seq 1 40); do echo EARLIER-TEXT-$i; done") { tmux in
            try tmux.setWindowOption("alternate-screen", "off")
        }
        try kiosk.tmux.waitFor("Choose your language")
        try kiosk.press("2", "Enter", "1")
        try kiosk.tmux.waitFor("Did the agents show")
        try kiosk.press("Down", "Up", "?")
        try kiosk.tmux.waitFor("Move between answers")
        try kiosk.press("Escape")
        // Before the wipe, the history holds the earlier text and the answers' screens.
        let before = try kiosk.tmux.history()
        #expect(before.contains { $0.contains("EARLIER-TEXT-1") })
        #expect(before.contains { $0.contains("Where are you?") })
        try kiosk.press("x")
        try kiosk.tmux.waitFor("Choose your language")
        let after = try kiosk.tmux.history()
        #expect(!after.contains { $0.contains("EARLIER-TEXT") }, "\(after)")
        #expect(!after.contains { $0.contains("Where are you?") || $0.contains("Did the agents show") })
    }
}

/// Staff with a shell can still stop a kiosk with kill; the terminal comes back.
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct KioskSignalTests {
    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129)])
    func aSignalFromStaffRestoresTheTerminal(signal: Int32, status: Int) throws {
        let kiosk = try KioskInTmux()
        try kiosk.tmux.waitFor("Choose your language")
        let pid = try #require(try kiosk.tmux.childPID())
        #expect(kill(pid, SIGINT) == 0)  // ignored in kiosk mode
        usleep(300_000)
        #expect(try !kiosk.hasEnded())
        #expect(kill(pid, signal) == 0)
        let amparo = AmparoInTmux(attachedTo: kiosk.tmux)
        #expect(try amparo.exitStatus() == status)
        try amparo.expectTerminalRestored()
    }
}
