import AmparoUI

/// Why the curses front could not start; the launcher falls back to the plain mode.
public enum CursesStartFailure: FullScreenUnavailable, Equatable {
    /// Standard output or input is not a terminal.
    case notATerminal
    /// `TERM` is unset, `dumb`, or unknown to terminfo, or cannot move the cursor.
    case unsupportedTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "not a terminal"
        case .unsupportedTerminal(let name):
            return name.isEmpty ? "TERM is not set" : "TERM=\(name) cannot show full-screen text"
        }
    }
}
