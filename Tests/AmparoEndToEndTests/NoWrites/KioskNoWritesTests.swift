import Foundation
import Testing

/// "Nothing written anywhere": a whole kiosk session under `strace -f` opens no file for
/// writing but the terminal and /dev/null, and connects to nothing.
@Suite(.enabled(if: Tmux.path != nil && StraceAudit.isAvailable, "needs tmux and strace"))
struct KioskNoWritesTests {
    @Test("a kiosk session: answers, outcome, take-away QR, urgent screen, idle wipe, quick exit, staff exit")
    func kioskSessionWritesNothing() throws {
        let log = StraceAudit.temporaryLogPath()
        defer { try? FileManager.default.removeItem(atPath: log) }
        let strace = StraceAudit.arguments(log: log, command: []).joined(separator: " ") + " "
        let kiosk = try KioskInTmux(idle: 2, countdown: 2, prefix: strace)
        try kiosk.walkToOutcome()
        try kiosk.press("t")
        try kiosk.tmux.waitFor("Take this with you")
        try kiosk.press("Escape", "a")
        try kiosk.tmux.waitFor("If agents are here now")
        try kiosk.press("Escape")
        try kiosk.tmux.waitFor("What you can do")
        // Left alone: the countdown, then the wipe.
        try kiosk.tmux.waitFor(timeout: 10) { $0.contains { $0.contains("The screen was cleared") } }
        try kiosk.press("1", "Enter", "2")
        try kiosk.tmux.waitFor("What do you need help with?")
        try kiosk.press("x")
        try kiosk.tmux.waitFor("Choose your language")
        try kiosk.staffExit(pin: KioskInTmux.pin)
        #expect(try AmparoInTmux(attachedTo: kiosk.tmux).exitStatus() == 0)

        let text = try String(contentsOfFile: log, encoding: .utf8)
        // The trace saw the program at work: it read its config, its flow and the terminfo.
        #expect(text.contains("amparo-kiosk-test-"))
        #expect(text.contains("door.yaml"))
        #expect(text.contains("terminfo"))
        let breaches = StraceAudit.breaches(inLog: text)
        #expect(breaches.isEmpty, "\(breaches.map(\.line).joined(separator: "\n"))")
    }
}
