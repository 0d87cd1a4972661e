import AmparoUI
import Glibc

/// Runs the wizard full screen on ncursesw, and leaves the terminal as it found it.
public enum CursesFront {
    /// Runs `app` until the person quits, input ends, or a signal arrives. The
    /// terminal is restored on every one of those ways out. After a signal, the
    /// process ends the way the signal asks (its default action), once restored and with the
    /// screen and the scrollback cleared, so the guidance is not left showing.
    /// Throws when full-screen mode is impossible, before touching the terminal.
    public static func run(_ app: App, environment: [String: String]) throws(CursesStartFailure) {
        let terminal = try CursesTerminal.start(environment: environment, kiosk: app.isKiosk)
        defer { terminal.close() }
        app.run(on: terminal)
        let signal = terminal.receivedSignal
        terminal.close()
        if let signal {
            var wipe = TerminalWipe.bytes
            _ = write(STDOUT_FILENO, &wipe, wipe.count)
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
    }
}
