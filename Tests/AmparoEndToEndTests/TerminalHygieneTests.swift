import Foundation
import Testing

/// Every way out leaves the terminal with echo and canonical input back on.
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct TerminalHygieneTests {
    private func startInAQuestion() throws -> AmparoInTmux {
        let amparo = try AmparoInTmux("--lang en")
        try amparo.tmux.waitFor("What is happening?")
        try amparo.tmux.send("Enter")
        try amparo.tmux.waitFor("Where are you?")
        return amparo
    }

    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129)])
    func aSignalRestoresTheTerminal(signal: Int32, status: Int) throws {
        let amparo = try startInAQuestion()
        let pid = try #require(try amparo.tmux.childPID())
        #expect(kill(pid, signal) == 0)
        #expect(try amparo.exitStatus() == status)
        try amparo.expectTerminalRestored()
    }

    @Test func controlCRestoresTheTerminal() throws {
        let amparo = try startInAQuestion()
        try amparo.tmux.send("C-c")
        // bash drops the rest of a command line that SIGINT ended: ask for the status afterwards.
        try amparo.tmux.waitFor { $0.contains { $0.trimmingCharacters(in: .whitespaces) == "$" } }
        try amparo.tmux.shell("echo EXIT:$?")
        #expect(try amparo.exitStatus() == 130)
        try amparo.expectTerminalRestored()
    }

    @Test func endOfInputQuitsCleanly() throws {
        let amparo = try startInAQuestion()
        try amparo.tmux.send("C-d")
        #expect(try amparo.exitStatus() == 0)
        try amparo.expectTerminalRestored()
    }
}
