import Foundation
import Testing

/// A kiosk's wipe starts the program afresh (`exec`): the same process id, clean memory. The
/// test reads the process's memory for the last person's guidance, before the wipe (it must be
/// found there, or the scan proves nothing) and after (it must be gone), and checks the staff
/// lockout carried over.
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct WipeRestartEndToEndTests {
    /// Spanish guidance of the shipped police-and-agents flow: the line to say, and an action.
    let personText = ["Decido guardar silencio", "Guarde silencio. No corra"]

    /// From the language picker to a Spanish outcome of the first shipped flow.
    func walkToSpanishOutcome(_ kiosk: KioskInTmux) throws {
        try kiosk.tmux.waitFor("Choose your language")
        try kiosk.press("1", "Enter")
        try kiosk.tmux.waitFor("Pregunta 1")
        try kiosk.press("1", "Enter")
        for _ in 0..<8 {
            if try kiosk.tmux.screen().contains(where: { $0.contains("Haga esto ahora") }) { return }
            try kiosk.press("1", "Enter")
            usleep(200_000)
        }
        try kiosk.tmux.waitFor("Haga esto ahora")
    }

    @Test("after a wipe nothing of the last person's guidance is left in the kiosk's memory",
          .enabled(if: ProcessMemory.canRead, "reading another process's memory needs root"))
    func memoryAfterWipe() throws {
        let kiosk = try KioskInTmux(content: Paths.root)
        try walkToSpanishOutcome(kiosk)
        let pid = try #require(try kiosk.tmux.childPID())
        let before = try ProcessMemory.count(personText + ["Choose your language"], in: pid)
        #expect(personText.allSatisfy { (before[$0] ?? 0) > 0 }, "the scan must find the guidance first: \(before)")
        try kiosk.press("x")
        try kiosk.tmux.waitFor("Choose your language")
        #expect(try kiosk.tmux.childPID() == pid, "the wipe re-executes in the same process")
        let status = try String(contentsOfFile: "/proc/\(pid)/environ", encoding: .utf8)
        #expect(status.contains("AMPARO_KIOSK_RESTART=1;"), "the process was re-executed")
        let after = try ProcessMemory.count(personText + ["Choose your language"], in: pid)
        #expect(personText.allSatisfy { after[$0] == 0 }, "\(after)")
        #expect((after["Choose your language"] ?? 0) > 0, "the scan reads the new program's memory: \(after)")
        #expect(try String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) == "amparo\n")
    }

    @Test("the lockout after three wrong PINs survives the wipe's restart; the idle wipe says it cleared the screen")
    func lockoutSurvivesRestart() throws {
        let kiosk = try KioskInTmux(idle: 3, countdown: 2)
        try kiosk.tmux.waitFor("Choose your language")
        for _ in 0..<2 {
            try kiosk.staffExit(pin: "000000")
            try kiosk.tmux.waitFor("Wrong PIN.")
        }
        try kiosk.staffExit(pin: "000000")
        try kiosk.tmux.waitFor("Too many wrong PINs")
        let pid = try kiosk.tmux.childPID()
        try kiosk.press("x")
        try kiosk.tmux.waitFor("Choose your language", gone: ["Too many wrong PINs"])
        #expect(try kiosk.tmux.childPID() == pid)
        try kiosk.press("F10", "F10", "F10")
        usleep(500_000)
        #expect(try !kiosk.tmux.screen().contains { $0.contains("Staff PIN:") }, "locked: the prompt stays shut")
        // The idle timer's wipe restarts too, and the fresh program says the screen was cleared.
        try kiosk.tmux.waitFor(timeout: 12) { lines in
            lines.contains { $0.contains("The screen was cleared. Nothing was saved.") }
        }
        #expect(try !kiosk.hasEnded())
    }
}
