import Foundation
import Testing

/// A crash or a stray signal reveals nothing: the Swift runtime's backtracer never draws over
/// the screen or offers its prompt (even when `SWIFT_BACKTRACE` asks for it), the terminal comes
/// back to normal, the screen and the scrollback are cleared, and the program ends by the
/// signal (non-zero). The signals are sent with kill(2), which the runtime's handlers take the
/// same way as a real fault.
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct CrashAndSignalTests {
    /// What the guidance screen of the door flow shows, and what the backtracer would print.
    private static let guidance = ["What you can do", "Do this now", "You do not have to open the door"]
    private static let backtracer = ["Backtracing", "crashed", "Crashed", "Thread 0", "Registers", "Press space"]

    /// The wizard at the door flow's guidance, with the backtracer asked for in full.
    private func atTheGuidance(_ arguments: String = "--lang en") throws -> AmparoInTmux {
        let amparo = try AmparoInTmux(arguments, environment: ["SWIFT_BACKTRACE": "enable=yes,interactive=yes,color=no"])
        let tmux = amparo.tmux
        try tmux.waitFor("What is happening?")
        try tmux.send("Enter")
        try tmux.waitFor("Where are you?")
        try tmux.send("1")
        try tmux.waitFor("Did the agents show")
        try tmux.send("Down", "Enter")
        try tmux.waitFor("What do you need help with?")
        try tmux.send("Space", "End", "Enter")
        try tmux.waitFor("You do not have to open the door", gone: ["What do you need help with?"])
        return amparo
    }

    /// The terminal is sane and nothing of the guidance or of a backtrace is on the screen or in
    /// the scrollback.
    private func expectNothingLeft(_ amparo: AmparoInTmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let history = try amparo.tmux.history()
        for text in Self.guidance + Self.backtracer {
            #expect(!history.contains { $0.contains(text) }, "\(text) is still there:\n\(history.joined(separator: "\n"))",
                    sourceLocation: sourceLocation)
        }
        try amparo.expectTerminalRestored(sourceLocation: sourceLocation)
    }

    @Test(arguments: [SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGQUIT,
                      SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM, SIGHUP])
    func aSignalAtTheGuidanceLeavesNothingShowing(signal: Int32) throws {
        let amparo = try atTheGuidance()
        let pid = try #require(try amparo.tmux.childPID())
        #expect(kill(pid, signal) == 0)
        #expect(try amparo.exitStatus() == 128 + Int(signal))
        try expectNothingLeft(amparo)
    }

    /// Outside kiosk mode Ctrl-\ sends SIGQUIT from the keyboard: it ends the program like any
    /// other signal, without a backtrace.
    @Test func controlBackslashGivesNoBacktrace() throws {
        let amparo = try atTheGuidance()
        try amparo.tmux.send("C-\\")
        try amparo.tmux.waitFor { $0.contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix("$") } }
        try amparo.tmux.shell("echo EXIT:$?")
        #expect(try amparo.exitStatus() == 128 + Int(SIGQUIT))
        try expectNothingLeft(amparo)
    }

    /// The kiosk runs the terminal raw: a stray signal still puts it back and clears the screen.
    @Test(arguments: [SIGUSR1, SIGSEGV])
    func aSignalEndsTheKioskCleanly(signal: Int32) throws {
        let kiosk = try KioskInTmux()
        try kiosk.walkToOutcome()
        let pid = try #require(try kiosk.tmux.childPID())
        #expect(kill(pid, signal) == 0)
        let amparo = AmparoInTmux(attachedTo: kiosk.tmux)
        #expect(try amparo.exitStatus() == 128 + Int(signal))
        try expectNothingLeft(amparo)
    }

    /// The plain line mode on a terminal: its guidance is in the scrollback, and a crash clears
    /// that too.
    @Test func aCrashInThePlainModeClearsTheScrollback() throws {
        let amparo = try AmparoInTmux("--plain --lang en", environment: ["SWIFT_BACKTRACE": "enable=yes,interactive=yes"])
        try amparo.tmux.waitFor("What is happening?")
        try amparo.tmux.shell("1")
        try amparo.tmux.waitFor("Where are you?")
        let pid = try #require(try amparo.tmux.childPID())
        #expect(kill(pid, SIGABRT) == 0)
        #expect(try amparo.exitStatus() == 128 + Int(SIGABRT))
        let history = try amparo.tmux.history()
        #expect(!history.contains { $0.contains("Where are you?") || $0.contains("Backtracing") }, "\(history)")
        try amparo.expectTerminalRestored()
    }
}
